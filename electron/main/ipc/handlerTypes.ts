import type { ChannelInput, ChannelOutput, IpcChannel } from '../../../shared/ipc/contract';
import type { HandlerContext } from '../services/serviceContext';

export { writeContext, type HandlerContext } from '../services/serviceContext';

export type Handler<C extends IpcChannel> = (
  input: ChannelInput<C>,
  ctx: HandlerContext,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

export type HandlerTable = { [C in IpcChannel]: Handler<C> };
