import { useEffect } from 'react';
import { useAppStore } from '../../store';

/** The backups folder as main sees it (store/backupsSlice), loaded when a screen that shows it opens. */
export function useBackups() {
  const backups = useAppStore((s) => s.backups);
  const settings = useAppStore((s) => s.backupSettings);
  const load = useAppStore((s) => s.backupsLoad);
  const reload = useAppStore((s) => s.loadBackups);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { backups, settings, load, reload };
}
