import { useEffect } from 'react';
import type { SyncStatus } from '../../../../shared/domain/sync';
import { useAppStore } from '../../store';

/**
 * The sync status, read now and again while the screen shows it: every few seconds while a
 * sync runs (the first one after login may take a while), else at `everyMs`. The engine in main
 * runs on its own; this only looks.
 */
export function useSyncStatus(everyMs: number): SyncStatus | null {
  const status = useAppStore((s) => s.syncStatus);
  const load = useAppStore((s) => s.loadSyncStatus);
  const running = status?.running ?? false;
  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), running ? 2_000 : everyMs);
    return () => clearInterval(timer);
  }, [load, everyMs, running]);
  return status;
}
