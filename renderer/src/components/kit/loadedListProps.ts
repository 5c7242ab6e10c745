import type { LoadState } from '../../store/loadState';

type LoadedList<T> = Readonly<{
  items: ReadonlyArray<T>;
  load: LoadState;
  reload: () => Promise<unknown>;
}>;

/**
 * What an EntityListPanel takes from a list the store loaded (`useLoadedList`): its rows, its load
 * state, Coba lagi that loads it again, and "nothing recorded yet" when it came back empty.
 * A panel that filters on screen passes its filtered `items` after the spread.
 */
export function loadedListProps<T>(list: LoadedList<T>) {
  return {
    items: list.items,
    load: list.load,
    onRetry: () => void list.reload(),
    nothingYet: list.items.length === 0,
  };
}
