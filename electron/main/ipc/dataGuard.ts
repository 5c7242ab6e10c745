import type { IpcChannel } from '../../../shared/ipc/contract';
import { fail, type IpcResult } from '../../../shared/ipc/result';
import { BUSY_REFUSAL, RECOVERY_REFUSAL } from '../db/dataStore';
import type { HandlerContext } from './handlerTypes';

/** What still works while the data file is damaged: finding and restoring a backup, or importing an archive. */
const ALLOWED_IN_RECOVERY: ReadonlySet<IpcChannel> = new Set<IpcChannel>([
  'app:info',
  'backups:health',
  'backups:list',
  'backups:settings',
  'backups:restore',
  'backups:import-archive',
  'files:upload',
  'files:pick',
  'files:discard',
]);

/** While a restore or import swaps the file, only questions about the state are answered. */
const ALLOWED_WHILE_SWAPPING: ReadonlySet<IpcChannel> = new Set<IpcChannel>(['app:info', 'backups:health']);

/**
 * Runs before every handler: refuses, with a message she can act on, whatever
 * must not touch the data file right now. Returns null when the call may go on.
 */
export function dataGuard(channel: IpcChannel, ctx: HandlerContext): IpcResult<never> | null {
  const store = ctx.data;
  if (!store) return null;
  if (store.swapping && !ALLOWED_WHILE_SWAPPING.has(channel)) return fail('LOCKED', BUSY_REFUSAL);
  if (store.health.state === 'recovery' && !ALLOWED_IN_RECOVERY.has(channel)) return fail('LOCKED', RECOVERY_REFUSAL);
  return null;
}
