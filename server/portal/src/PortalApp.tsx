import { Center, Loader } from '@mantine/core';
import { useEffect, useState } from 'react';
import { AccountsPage } from './accounts/AccountsPage';
import { api, session, type Account } from './api';
import { ItemsPage } from './ItemsPage';
import { LoginPage } from './LoginPage';

/** Login, then the OPD's items or (for the admin) the accounts; a session that ends (401) brings the login back. */
export function PortalApp() {
  const [account, setAccount] = useState<Account | null>(null);
  const [checking, setChecking] = useState(session.get() !== null);

  useEffect(() => {
    if (!checking) return;
    api
      .me()
      // A secretary's leftover session does not open the portal (her place is the app).
      .then((me) => (me.role === 'secretary' ? session.clear() : setAccount(me)))
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
  const pageProps = {
    account,
    onSessionEnded: () => setAccount(null),
    onLogout: () => {
      void api.logout().finally(() => {
        session.clear();
        setAccount(null);
      });
    },
  };
  return account.role === 'admin' ? <AccountsPage {...pageProps} /> : <ItemsPage {...pageProps} />;
}
