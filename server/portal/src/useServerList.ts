import { useCallback, useEffect, useState } from 'react';
import { ApiError } from './api';

/** What a portal page read from the server: null while it loads, and the message she reads when it could not. */
export type ServerList<T> = Readonly<{ data: T | null; error: string | null; reload: () => void }>;

/**
 * A portal page's list: read when the page opens and each time `fetch` changes (a filter), read again by
 * `reload` after she saved something. An expired session (401) ends her session instead of showing an error;
 * any other failure shows the server's own message, or `failed` when the server could not be reached.
 * `fetch` must keep its identity between renders (useCallback), or the list is read on every render.
 */
export function useServerList<T>(fetch: () => Promise<T>, failed: string, onSessionEnded: () => void): ServerList<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    setError(null);
    fetch()
      .then((value) => setData(() => value))
      .catch((caught: unknown) => {
        if (caught instanceof ApiError && caught.status === 401) onSessionEnded();
        else setError(caught instanceof ApiError ? caught.message : failed);
      });
  }, [fetch, failed, onSessionEnded]);
  useEffect(reload, [reload]);
  return { data, error, reload };
}
