import type { IpcResult } from './result';
import { APP_CHANNELS, type AppContract } from './appContract';
import { FILES_CHANNELS, type FilesContract } from './filesContract';
import { MEETINGS_CHANNELS, type MeetingsContract } from './meetingsContract';

/**
 * The one contract between renderer and main: channel -> input and output.
 * Each namespace lives in its own `<namespace>Contract.ts`; add it here, in
 * CHANNEL_SET and in schemas.ts (the compiler then demands a handler too).
 */
export type IpcContract = AppContract & FilesContract & MeetingsContract;

export type IpcChannel = keyof IpcContract;
export type ChannelInput<C extends IpcChannel> = IpcContract[C]['input'];
export type ChannelOutput<C extends IpcChannel> = IpcContract[C]['output'];

const CHANNEL_SET = { ...APP_CHANNELS, ...FILES_CHANNELS, ...MEETINGS_CHANNELS } satisfies Record<IpcChannel, true>;

export const IPC_CHANNELS = Object.keys(CHANNEL_SET) as ReadonlyArray<IpcChannel>;

export function isIpcChannel(value: string): value is IpcChannel {
  return Object.hasOwn(CHANNEL_SET, value);
}

/** What the renderer calls; built by the preload (IPC) or lib/api.ts (HTTP). */
export type Api = {
  [C in IpcChannel]: (input: ChannelInput<C>) => Promise<IpcResult<ChannelOutput<C>>>;
};
