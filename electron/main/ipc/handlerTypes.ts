import type { JobRunner } from '../workers/readWorkers';
import type { ChannelInput, ChannelOutput, IpcChannel } from '../../../shared/ipc/contract';
import type { HandlerContext as ServiceContext } from '../services/serviceContext';

export { writeContext } from '../services/serviceContext';

/**
 * What every handler may use: the services' context plus the worker threads for long reads
 * (search, import parsing, DOCX rendering), which only handlers reach (workers/jobs.ts imports
 * services, so services never import workers). Without workers (unit tests) jobs run in-process.
 */
export type HandlerContext = ServiceContext & Readonly<{ workers?: JobRunner }>;

export type Handler<C extends IpcChannel> = (
  input: ChannelInput<C>,
  ctx: HandlerContext,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

export type HandlerTable = { [C in IpcChannel]: Handler<C> };
