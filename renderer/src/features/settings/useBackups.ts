import { useCallback, useEffect, useState } from 'react';
import type { BackupInfo, BackupSettings } from '../../../../shared/domain/backup';
import { call } from '../../lib/api';
import type { LoadState } from '../../store/loadState';

/** The backups folder as main sees it; reloaded after each change. */
export function useBackups() {
  const [backups, setBackups] = useState<ReadonlyArray<BackupInfo>>([]);
  const [settings, setSettings] = useState<BackupSettings | null>(null);
  const [load, setLoad] = useState<LoadState>({ status: 'idle' });

  const reload = useCallback(async () => {
    setLoad({ status: 'loading' });
    const [list, current] = await Promise.all([call('backups:list', {}), call('backups:settings', {})]);
    if (!list.ok) {
      setLoad({ status: 'error', message: list.error.message });
      return;
    }
    setBackups(list.value);
    if (current.ok) setSettings(current.value);
    setLoad({ status: 'ready' });
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { backups, settings, setSettings, load, reload };
}
