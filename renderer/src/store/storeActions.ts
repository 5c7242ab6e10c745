import type { ChannelInput, ChannelOutput, IpcChannel } from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../shared/ipc/result';
import type { AppState } from './index';
import type { LoadState } from './loadState';

/**
 * The one shape of a store action: wait for main, merge what it answered when it agreed,
 * and hand the whole result back so the component can show main's own message.
 */
export async function settle<T>(pending: Promise<IpcResult<T>>, onOk?: (value: T) => void): Promise<IpcResult<T>> {
  const result = await pending;
  if (result.ok) onOk?.(result.value);
  return result;
}

/**
 * A list load: 'loading' first, then 'ready' with the merge or 'error' with main's message.
 * `stillWanted` lets a slower answer to an older query fall away instead of overwriting a newer one.
 */
export async function loadInto<T>(
  setLoad: (load: LoadState) => void,
  pending: Promise<IpcResult<T>>,
  onOk: (value: T) => void,
  stillWanted: () => boolean = () => true,
): Promise<IpcResult<T>> {
  setLoad({ status: 'loading' });
  const result = await pending;
  if (!stillWanted()) return result;
  if (result.ok) {
    onOk(result.value);
    setLoad({ status: 'ready' });
  } else {
    setLoad({ status: 'error', message: result.error.message });
  }
  return result;
}

/** A store action that hands one channel's answer straight back (nothing to cache: the screen keeps it). */
export type ChannelAction<C extends IpcChannel> = (input: ChannelInput<C>) => Promise<IpcResult<ChannelOutput<C>>>;

/** The store's lists that have a load state beside them (`meetings` and `meetingsLoad`). */
export type LoadedList = {
  [K in keyof AppState]: `${K & string}Load` extends keyof AppState
    ? AppState[K] extends ReadonlyArray<unknown>
      ? K
      : never
    : never;
}[keyof AppState];

type StoreSet = (patch: Partial<AppState> | ((state: AppState) => Partial<AppState>)) => void;

/** The load action of a list kept in the store: `<list>Load` follows the call, `<list>` takes what main answered. */
export function loadList<K extends LoadedList>(set: StoreSet, key: K, list: () => Promise<IpcResult<AppState[K]>>) {
  return async (): Promise<void> => {
    await loadInto(
      (load) => set({ [`${key}Load`]: load } as Partial<AppState>),
      list(),
      (value) => set({ [key]: value } as Partial<AppState>),
    );
  };
}

/** After main deleted a record: the list keeps every other one (a restore merges it back). */
export function dropFrom<K extends LoadedList>(set: StoreSet, key: K, id: string): void {
  set((state) => ({ [key]: (state[key] as ReadonlyArray<{ id: string }>).filter((item) => item.id !== id) }));
}

type ListItem<K extends LoadedList> = AppState[K] extends ReadonlyArray<infer I> ? I : never;

/**
 * After main saved a record: the list holds it in place of its old self, in the list's own order (the order main
 * lists it in), so a new or renamed record stands where the next load would put it.
 */
export function mergeInto<K extends LoadedList>(
  set: StoreSet,
  key: K,
  order: (a: ListItem<K>, b: ListItem<K>) => number,
): (record: ListItem<K>) => void {
  // Every loaded list holds records with an id (the store's lists are main's records).
  const idOf = (item: ListItem<K>) => (item as unknown as { id: string }).id;
  return (record) =>
    set((state) => {
      const others = (state[key] as ReadonlyArray<ListItem<K>>).filter((item) => idOf(item) !== idOf(record));
      return { [key]: [...others, record].sort(order) } as Partial<AppState>;
    });
}

/** A loaded list as the app opens: nothing in it, nothing asked yet. */
export function emptyList<K extends LoadedList>(key: K): Pick<AppState, K | `${K}Load`> {
  return { [key]: [], [`${key}Load`]: { status: 'idle' } } as unknown as Pick<AppState, K | `${K}Load`>;
}
