import type { ChannelInput, IpcChannel } from '../../../shared/ipc/contract';
import { CHANNEL_POLICY, type ChannelPolicy } from '../../../shared/ipc/channelPolicy';
import { AppError } from '../../../shared/ipc/result';
import type { Db } from '../db/connection';
import { meetingOfTarget, meetingStatusOf } from '../repositories/meetingLockRepository';

export const LOCKED_MESSAGE = 'Notula rapat ini sudah disahkan dan tidak dapat diubah. Buat revisi bila perlu perubahan.';

/**
 * Throws LOCKED when the channel changes a meeting whose minutes are approved. Called by
 * dispatch inside the same transaction as the handler, so an approval cannot slip in
 * between the check and the write.
 */
export function assertNotLocked<C extends IpcChannel>(db: Db, channel: C, input: ChannelInput<C>): void {
  const policy = CHANNEL_POLICY[channel] as ChannelPolicy<C>;
  if (policy.kind !== 'meeting-write') return;
  const target = policy.target(input);
  if (target === null) return;
  const meetingId = meetingOfTarget(db, target);
  if (meetingId !== null && meetingStatusOf(db, meetingId) === 'DISAHKAN') throw new AppError('LOCKED', LOCKED_MESSAGE);
}

/** Whether dispatch must run the channel's handler inside the lock's transaction. */
export function isMeetingWrite(channel: IpcChannel): boolean {
  return CHANNEL_POLICY[channel].kind === 'meeting-write';
}
