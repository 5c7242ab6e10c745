import { CHANNEL_POLICY, type ChannelPolicy } from '../../../shared/ipc/channelPolicy';
import type { IpcChannel } from '../../../shared/ipc/contract';
import { fail, type IpcResult } from '../../../shared/ipc/result';
import { BUSY_REFUSAL, RECOVERY_REFUSAL } from '../db/dataStore';
import type { HandlerContext } from './handlerTypes';

/** The channel's data-file rules (inRecovery, whileSwapping, waitsForCheck) live in its policy. */
function policyOf(channel: IpcChannel): ChannelPolicy {
  return CHANNEL_POLICY[channel] as ChannelPolicy;
}

/**
 * While the start-up check runs, reads go on over the read-only connection and everything
 * else waits for the verdict, after which dataGuard decides as usual. A 'read' never writes
 * (tests/main/ipc/readsNeverWrite.test.ts walks them all), so there is nothing to retry.
 */
export async function waitForCheckIfNeeded(channel: IpcChannel, ctx: HandlerContext): Promise<void> {
  const store = ctx.data;
  if (!store?.checking) return;
  const policy = policyOf(channel);
  if (policy.kind === 'read' && !policy.waitsForCheck) return;
  await store.checked();
}

/**
 * Runs before every handler: refuses, with a message she can act on, whatever
 * must not touch the data file right now. Returns null when the call may go on.
 */
export function dataGuard(channel: IpcChannel, ctx: HandlerContext): IpcResult<never> | null {
  const store = ctx.data;
  if (!store) return null;
  const policy = policyOf(channel);
  if (store.swapping && !policy.whileSwapping) return fail('LOCKED', BUSY_REFUSAL);
  if (store.health.state === 'recovery' && !policy.inRecovery) return fail('LOCKED', RECOVERY_REFUSAL);
  return null;
}
