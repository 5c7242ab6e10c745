import { CHANNEL_POLICY } from '../../../shared/ipc/channelPolicy';
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

/** Read channels whose answer must wait for the start-up check's verdict: it decides recovery. */
const WAITS_FOR_CHECK: ReadonlySet<IpcChannel> = new Set<IpcChannel>(['backups:health', 'backups:list', 'backups:settings']);

/**
 * While the start-up check runs, reads go on over the read-only connection and everything
 * else waits for the verdict, after which dataGuard decides as usual. A 'read' never writes
 * (tests/main/ipc/readsNeverWrite.test.ts walks them all), so there is nothing to retry.
 */
export async function waitForCheckIfNeeded(channel: IpcChannel, ctx: HandlerContext): Promise<void> {
  const store = ctx.data;
  if (!store?.checking) return;
  if (CHANNEL_POLICY[channel].kind === 'read' && !WAITS_FOR_CHECK.has(channel)) return;
  await store.checked();
}

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
