import type { ChannelInput, IpcChannel } from '../../../shared/ipc/contract';
import { CHANNEL_POLICY, type ChannelPolicy } from '../../../shared/ipc/channelPolicy';
import { isContentLocked, type MeetingStatus } from '../../../shared/domain/meeting';
import { AppError } from '../../../shared/ipc/result';
import type { Db } from '../db/connection';
import { meetingOfTarget, meetingStatusOf } from '../repositories/meetingLockRepository';

export const LOCKED_MESSAGE =
  'Notula rapat ini sudah disahkan dan tidak dapat diubah. Buat revisi bila perlu perubahan.';
export const SUBMITTED_MESSAGE =
  'Notula rapat ini sedang diajukan ke pimpinan dan tidak dapat diubah. ' +
  'Catat keputusan pimpinan: Kembalikan dengan catatan untuk mengubahnya lagi.';

/** What she reads when a write hits a locked meeting: why, and how to unlock it. */
function lockedMessage(status: MeetingStatus): string {
  return status === 'DIAJUKAN' ? SUBMITTED_MESSAGE : LOCKED_MESSAGE;
}

/**
 * Throws LOCKED when the channel changes a meeting whose minutes are submitted or approved.
 * Called by dispatch inside the same transaction as the handler, so a submission or an
 * approval cannot slip in between the check and the write.
 */
export function assertNotLocked<C extends IpcChannel>(db: Db, channel: C, input: ChannelInput<C>): void {
  const policy = CHANNEL_POLICY[channel] as ChannelPolicy<C>;
  if (policy.kind !== 'meeting-write') return;
  const target = policy.target(input);
  if (target === null) return;
  const meetingId = meetingOfTarget(db, target);
  const status = meetingId === null ? null : meetingStatusOf(db, meetingId);
  if (status !== null && isContentLocked(status)) throw new AppError('LOCKED', lockedMessage(status));
}

/** Whether dispatch must run the channel's handler inside the lock's transaction. */
export function isMeetingWrite(channel: IpcChannel): boolean {
  return CHANNEL_POLICY[channel].kind === 'meeting-write';
}
