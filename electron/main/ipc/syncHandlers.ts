import type { SyncContract } from '../../../shared/ipc/syncContract';
import { AppError } from '../../../shared/ipc/result';
import type { SyncControl } from '../services/serviceContext';
import { syncStatusOf } from '../sync/syncStatus';
import type { Handler, HandlerContext } from './handlerTypes';

function engine(ctx: HandlerContext): SyncControl {
  if (!ctx.sync) throw new AppError('UNAVAILABLE', 'Sinkronisasi server bersama tidak tersedia di sini.');
  return ctx.sync;
}

export const syncHandlers: { [C in keyof SyncContract]: Handler<C> } = {
  // Without an engine (a unit test's context) the status still reads what the database holds.
  'sync:status': (_input, ctx) => (ctx.sync ? ctx.sync.status() : syncStatusOf(ctx.db, false, false)),
  'sync:configure': (input, ctx) => engine(ctx).configure(input),
  'sync:now': (_input, ctx) => engine(ctx).syncNow(),
  'sync:disconnect': (_input, ctx) => engine(ctx).disconnect(),
};
