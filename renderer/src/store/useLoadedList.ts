import { useEffect } from 'react';
import { useAppStore, type AppState } from './index';
import type { LoadState } from './loadState';
import type { LoadedList } from './storeActions';

/** The lists whose loader is named after them (`units` -> `loadUnits`): a list without one does not compile. */
type ListWithLoader = {
  [K in LoadedList & string]: `load${Capitalize<K>}` extends keyof AppState ? K : never;
}[LoadedList & string];

/**
 * A screen that shows one of the store's lists: the list, its load state, and its loader, which
 * runs when the screen mounts (a list another screen changed is fresh when she comes back).
 */
export function useLoadedList<K extends ListWithLoader>(key: K) {
  const items = useAppStore((s) => s[key]);
  const load = useAppStore((s) => s[`${key}Load` as keyof AppState] as LoadState);
  const loaderKey = `load${key.charAt(0).toUpperCase()}${key.slice(1)}` as `load${Capitalize<K>}` & keyof AppState;
  const reload = useAppStore((s) => s[loaderKey] as () => Promise<unknown>);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { items, load, reload };
}
