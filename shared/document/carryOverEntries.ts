import type { CarryOverItem } from '../domain/followUpViews';
import { formatOfficialDate } from '../domain/officialDates';
import type { CommitmentEntry, CommitmentOwnerEntry } from './source';
import { progressWithPercent } from './progressLine';

/**
 * A meeting's "Tindak lanjut hasil rapat sebelumnya" as the document model's commitment
 * entries, for the Notula of that meeting (read the rows with readCarryOver in
 * electron/main/repositories/carryOverRepository.ts: live until the meeting's first approval,
 * frozen from then on; an approved version prints the entries stored in its snapshot).
 *
 * The status printed is what the OPD reported in that meeting, or else the owner's status in
 * the list (latest while live, as of approval once frozen). Owners of one commitment are
 * grouped under it, in the list's order.
 */
export function carryOverEntries(items: ReadonlyArray<CarryOverItem>): CommitmentEntry[] {
  const entries = new Map<string, { entry: CommitmentEntry; owners: CommitmentOwnerEntry[] }>();
  for (const item of items) {
    let slot = entries.get(item.commitmentId);
    if (!slot) {
      const owners: CommitmentOwnerEntry[] = [];
      slot = {
        entry: {
          context: `${item.originMeetingTitle.trim()} (${formatOfficialDate(item.originMeetingDate)})`,
          text: item.text,
          dueDate: item.dueDate,
          owners,
        },
        owners,
      };
      entries.set(item.commitmentId, slot);
    }
    const reported = item.reported;
    const progress = reported && reported.progress.trim() !== '' ? reported.progress : item.progressAtMeeting;
    const percent = reported?.percent ?? (reported ? null : item.percentAtMeeting);
    slot.owners.push({
      unit: item.unitName,
      status: reported?.status ?? item.statusAtMeeting,
      progress: progressWithPercent(progress, percent),
      evidence: [],
      remarks: reported ? reported.reason : item.reasonAtMeeting,
    });
  }
  return [...entries.values()].map((slot) => slot.entry);
}
