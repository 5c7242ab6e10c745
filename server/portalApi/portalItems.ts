import { isOverdue } from '../../shared/domain/followUp';
import { todayIn } from '../../shared/domain/dates';
import type { OwnerStatus } from '../../shared/domain/commitment';
import type { Queryable } from '../db/pool';
import { unitOwners, updatesOf, type PortalUpdateRow } from '../store/portalStore';
import type { PortalEvidence, PortalItem } from '../../shared/domain/portalItems';

export function evidenceList(json: string): PortalEvidence[] {
  try {
    const value = JSON.parse(json) as unknown;
    return Array.isArray(value)
      ? (value.filter((item) => item !== null && typeof item === 'object') as PortalEvidence[])
      : [];
  } catch {
    return [];
  }
}

/** Late first (oldest due first), then by due date, undated last, then the newer meeting first. */
function byUrgency(a: PortalItem, b: PortalItem): number {
  if (a.late !== b.late) return a.late ? -1 : 1;
  if (a.due_date !== b.due_date) {
    if (a.due_date === null) return 1;
    if (b.due_date === null) return -1;
    return a.due_date < b.due_date ? -1 : 1;
  }
  if (a.meeting.date !== b.meeting.date) return a.meeting.date > b.meeting.date ? -1 : 1;
  return a.owner_id < b.owner_id ? -1 : 1;
}

export async function portalItems(db: Queryable, unitId: string, openOnly: boolean, now: Date): Promise<PortalItem[]> {
  const owners = await unitOwners(db, unitId, openOnly);
  const updates = await updatesOf(
    db,
    owners.map((owner) => owner.owner_id),
  );
  const byOwner = new Map<string, PortalUpdateRow[]>();
  for (const update of updates) byOwner.set(update.owner_id, [...(byOwner.get(update.owner_id) ?? []), update]);
  const today = new Map<string, string>();
  const todayOf = (zone: string): string => {
    if (!today.has(zone)) today.set(zone, todayIn(zone, now));
    return today.get(zone)!;
  };
  return owners
    .map((owner) => ({
      owner_id: owner.owner_id,
      commitment_id: owner.commitment_id,
      text: owner.text,
      due_date: owner.due_date,
      status: owner.status,
      // "Today" is the meeting's zone's: a WIT office's day ends before a WIB one's.
      late: isOverdue(owner.due_date, owner.status as OwnerStatus, todayOf(owner.time_zone)),
      meeting: { id: owner.meeting_id, title: owner.meeting_title, date: owner.meeting_date },
      updates: (byOwner.get(owner.owner_id) ?? []).map((update) => ({
        id: update.id,
        reported_on: update.reported_on,
        status: update.status,
        progress_text: update.progress_text,
        percent: update.percent,
        evidence: evidenceList(update.evidence_json),
      })),
    }))
    .sort(byUrgency);
}
