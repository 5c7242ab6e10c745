import type { ChannelInput, ChannelOutput, IpcChannel } from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../shared/ipc/result';
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
