import { useCallback, useEffect, useRef, useState } from 'react';
import type { IpcResult } from '../../../../shared/ipc/result';

/**
 * Runs a store action that answers with main's result: `busy` while it runs, `error` with
 * main's Indonesian message when it refused. The result is handed back for what comes next.
 */
export function useAction<A extends unknown[], T>(action: (...args: A) => Promise<IpcResult<T>>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The modal may close (and unmount) while main answers: no state update after that.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(
    async (...args: A): Promise<IpcResult<T>> => {
      setBusy(true);
      setError(null);
      const result = await action(...args);
      if (mounted.current) {
        setBusy(false);
        if (!result.ok) setError(result.error.message);
      }
      return result;
    },
    [action],
  );
  const clearError = useCallback(() => setError(null), []);
  return { run, busy, error, clearError };
}
