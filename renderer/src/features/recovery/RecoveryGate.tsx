import { VisuallyHidden } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataHealth } from '../../../../shared/domain/backup';
import { useAppStore } from '../../store';
import { loadStorageScope, storageScope } from '../../lib/storageScope';
import { showNoticeAfterReload } from '../../lib/afterDataSwap';
import { RecoveryScreen } from './RecoveryScreen';

/**
 * Asks main once, at start, whether the data file is sound. Main answers when its
 * start-up check is done (seconds for a large archive, run in the background), so the app
 * shows meanwhile; if the file is damaged, every screen then gives way to the recovery screen.
 */
export function RecoveryGate({ children }: Readonly<{ children: ReactNode }>) {
  const { t } = useTranslation('recovery');
  const [health, setHealth] = useState<DataHealth | null>(null);
  // Drafts and the crash journal are read by key of the data folder (lib/storageScope.ts): the
  // screens wait for that one quick read ('app:info' is answered even during the start-up check),
  // so a form never looks for its draft under the wrong key. If it fails (server down), unscoped.
  const [scopeKnown, setScopeKnown] = useState(() => storageScope() !== null);

  useEffect(() => {
    let live = true;
    useAppStore
      .getState()
      .checkDataHealth({})
      .then((result) => live && setHealth(result.ok ? result.value : { state: 'ok' }))
      // Not knowing is not a reason to block her: main refuses writes by itself when the file is damaged.
      .catch(() => live && setHealth({ state: 'ok' }));
    showNoticeAfterReload();
    void loadStorageScope().finally(() => live && setScopeKnown(true));
    return () => {
      live = false;
    };
  }, []);

  if (health?.state === 'recovery') return <RecoveryScreen health={health} />;
  return (
    <>
      {health === null && <VisuallyHidden role="status">{t('checking')}</VisuallyHidden>}
      {scopeKnown && children}
    </>
  );
}
