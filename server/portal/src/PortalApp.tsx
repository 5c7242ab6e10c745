import { Center, Loader } from '@mantine/core';
import { useEffect, useState } from 'react';
import { api, session, type Account } from './api';
import { ItemsPage } from './ItemsPage';
import { LoginPage } from './LoginPage';

/** Login, or the OPD's items; a session that ends (401) brings the login back. */
export function PortalApp() {
  const [account, setAccount] = useState<Account | null>(null);
  const [checking, setChecking] = useState(session.get() !== null);

  useEffect(() => {
    if (!checking) return;
    api
      .me()
      .then(setAccount)
      .catch(() => session.clear())
      .finally(() => setChecking(false));
  }, [checking]);

  if (checking) {
    return (
      <Center h="100vh">
        <Loader aria-label="Memuat" />
      </Center>
    );
  }
  if (account === null) return <LoginPage onLogin={setAccount} />;
  return (
    <ItemsPage
      account={account}
      onSessionEnded={() => setAccount(null)}
      onLogout={() => {
        void api.logout().finally(() => {
          session.clear();
          setAccount(null);
        });
      }}
    />
  );
}
