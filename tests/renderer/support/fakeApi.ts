import { IPC_CHANNELS, type Api, type IpcChannel } from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../shared/ipc/result';

/** What a test answers, channel by channel. */
export type FakeAnswers = Partial<{
  [C in IpcChannel]: (input: Parameters<Api[C]>[0]) => IpcResult<unknown> | Promise<IpcResult<unknown>>;
}>;

/** A fake api: given channels answer as told, every other channel fails loudly. */
export function fakeApi(impl: FakeAnswers): Api & { calls: Array<{ channel: IpcChannel; input: unknown }> } {
  const calls: Array<{ channel: IpcChannel; input: unknown }> = [];
  const entries = IPC_CHANNELS.map((channel) => [
    channel,
    async (input: unknown) => {
      calls.push({ channel, input });
      const handler = impl[channel] as ((input: unknown) => IpcResult<unknown>) | undefined;
      if (!handler) throw new Error(`fakeApi: unexpected call to ${channel}`);
      return handler(input);
    },
  ]);
  return Object.assign(Object.fromEntries(entries) as Api, { calls });
}
