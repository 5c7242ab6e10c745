import type { Db } from '../db/connection';
import type { MeetingStatus } from '../../../shared/domain/meeting';
import type { MeetingTarget } from '../../../shared/ipc/channelPolicy';

/*
 * The lookups behind the lock (shared/ipc/channelPolicy.ts): which meeting an input's
 * entity belongs to, and whether that meeting is locked (submitted or approved). Deleted rows still name
 * their meeting, so restoring a decision of an approved meeting is refused as well.
 */

const OWNER_SQL: Readonly<Record<MeetingTarget['kind'], string>> = {
  meeting: 'SELECT id AS meeting_id FROM meetings WHERE id = ?',
  agendaItem: 'SELECT meeting_id FROM agenda_items WHERE id = ?',
  attendance: 'SELECT meeting_id FROM attendance WHERE id = ?',
  section: 'SELECT meeting_id FROM minute_sections WHERE id = ?',
  decision: 'SELECT meeting_id FROM decisions WHERE id = ?',
  commitment: 'SELECT meeting_id FROM commitments WHERE id = ?',
};

/** The meeting the target belongs to, or null when it does not exist (the handler then says NOT_FOUND). */
export function meetingOfTarget(db: Db, target: MeetingTarget): string | null {
  const row = db.prepare(OWNER_SQL[target.kind]).get(target.id) as { meeting_id: string } | undefined;
  return row?.meeting_id ?? null;
}

/** The workflow status of a meeting, deleted or not; null when there is no such row. */
export function meetingStatusOf(db: Db, meetingId: string): MeetingStatus | null {
  const row = db.prepare('SELECT status FROM meetings WHERE id = ?').get(meetingId) as
    { status: MeetingStatus } | undefined;
  return row?.status ?? null;
}
