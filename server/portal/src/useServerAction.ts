import { useState } from 'react';
import { ApiError } from './api';

/**
 * A form's call to the server: `busy` while it runs, and on failure the server's own message
 * (it is written for the user) or `fallback` when the server could not be reached.
 */
export function useServerAction(fallback: string) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (action: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : fallback);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, run };
}
