import { Center, Loader } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataHealth } from '../../../../shared/domain/backup';
import { call } from '../../lib/api';
import { showNoticeAfterReload } from './afterDataSwap';
import { RecoveryScreen } from './RecoveryScreen';

/**
 * Asks main once, at start, whether the data file is sound. If it is not,
 * every screen gives way to the recovery screen; otherwise the app as usual.
 */
export function RecoveryGate({ children }: Readonly<{ children: ReactNode }>) {
  const { t } = useTranslation('recovery');
  const [health, setHealth] = useState<DataHealth | null>(null);

  useEffect(() => {
    let live = true;
    call('backups:health', {})
      .then((result) => live && setHealth(result.ok ? result.value : { state: 'ok' }))
      // Not knowing is not a reason to block her: main refuses writes by itself when the file is damaged.
      .catch(() => live && setHealth({ state: 'ok' }));
    showNoticeAfterReload();
    return () => {
      live = false;
    };
  }, []);

  if (health === null) {
    return (
      <Center py="xl">
        <Loader role="status" size="sm" aria-label={t('checking')} />
      </Center>
    );
  }
  if (health.state === 'recovery') return <RecoveryScreen health={health} />;
  return <>{children}</>;
}
