import type { Db } from '../db/connection';
import type { AttendanceList } from '../../../shared/domain/attendee';
import type { MeetingId, PersonId, UnitGroupId, UnitId } from '../../../shared/domain/ids';
import type { InviteResult } from '../../../shared/ipc/attendanceContract';
import { AppError } from '../../../shared/ipc/result';
import { inviteInto, listAttendance } from './attendanceRepository';
import { arrivalIfToday } from './attendanceArrival';
import { recordAudit } from './auditRepository';
import { getUnitGroup } from './unitGroupsRepository';
import { assertMeetingEditable } from './preparationChecks';
import type { WriteContext } from './writeContext';

/* Preparation in bulk: whole groups invited or marked at once, one transaction and one audit line per row. */

export type BulkInvite = 'ALL_UNITS' | 'PREVIOUS_MEETING' | 'SAVED_GROUP';

type MeetingRow = { series_id: string | null; date: string; start_time: string | null; time_zone: string };

function meetingRow(db: Db, meetingId: MeetingId): MeetingRow {
  const row = db
    .prepare('SELECT series_id, date, start_time, time_zone FROM meetings WHERE id = ? AND deleted_at IS NULL')
    .get(meetingId) as MeetingRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Rapat tidak ditemukan; mungkin sudah dihapus.');
  return row;
}

/** Every active OPD, in name order: each becomes a unit row naming its head when one is recorded. */
function allUnits(db: Db): UnitId[] {
  return (
    db.prepare('SELECT id FROM units WHERE deleted_at IS NULL AND active = 1 ORDER BY name').pluck().all() as string[]
  ).map((id) => id as UnitId);
}

/** The invited of the series' meeting held just before this one (guests are not carried: they came once). */
function previousInvitees(
  db: Db,
  meetingId: MeetingId,
  meeting: MeetingRow,
): { unitIds: UnitId[]; personIds: PersonId[] } {
  if (meeting.series_id === null)
    throw new AppError('INVALID_INPUT', 'Rapat ini bukan bagian dari rangkaian, jadi tidak ada rapat sebelumnya.');
  const previous = db
    .prepare(
      `SELECT id FROM meetings WHERE series_id = ? AND deleted_at IS NULL AND id <> ?
         AND (date || ' ' || coalesce(start_time, '00:00')) < (? || ' ' || coalesce(?, '00:00'))
       ORDER BY date DESC, coalesce(start_time, '00:00') DESC, created_at DESC LIMIT 1`,
    )
    .pluck()
    .get(meeting.series_id, meetingId, meeting.date, meeting.start_time) as string | undefined;
  if (previous === undefined) throw new AppError('INVALID_INPUT', 'Belum ada rapat sebelumnya dalam rangkaian ini.');
  const rows = db
    .prepare('SELECT person_id, unit_id FROM attendance WHERE meeting_id = ? ORDER BY position')
    .all(previous) as Array<{
    person_id: string | null;
    unit_id: string | null;
  }>;
  return {
    unitIds: rows.flatMap((r) => (r.unit_id !== null ? [r.unit_id as UnitId] : [])),
    personIds: rows.flatMap((r) => (r.unit_id === null && r.person_id !== null ? [r.person_id as PersonId] : [])),
  };
}

function invitees(
  db: Db,
  input: { meetingId: MeetingId; group: BulkInvite; unitGroupId?: UnitGroupId | undefined },
): { unitIds: UnitId[]; personIds: PersonId[] } {
  switch (input.group) {
    case 'ALL_UNITS':
      return { unitIds: allUnits(db), personIds: [] };
    case 'PREVIOUS_MEETING':
      return previousInvitees(db, input.meetingId, meetingRow(db, input.meetingId));
    case 'SAVED_GROUP':
      if (input.unitGroupId === undefined)
        throw new AppError('INVALID_INPUT', 'Pilih kelompok OPD yang akan diundang.');
      return { unitIds: [...getUnitGroup(db, input.unitGroupId).unitIds], personIds: [] };
  }
}

export function inviteInBulk(
  db: Db,
  input: { meetingId: MeetingId; group: BulkInvite; unitGroupId?: UnitGroupId | undefined },
  ctx: WriteContext,
): InviteResult {
  return db.transaction(() => {
    assertMeetingEditable(db, input.meetingId);
    const { unitIds, personIds } = invitees(db, input);

    const counts = inviteInto(db, input.meetingId, unitIds, personIds, ctx);
    return { ...listAttendance(db, input.meetingId), ...counts };
  })();
}

/**
 * "Tandai semua hadir": every row still Diundang becomes Hadir; she then changes the exceptions.
 * On the meeting's own day the arrival time is now (in the meeting's zone); marked beforehand, none.
 */
export function markAllPresent(
  db: Db,
  meetingId: MeetingId,
  ctx: WriteContext,
): AttendanceList & Readonly<{ marked: number }> {
  return db.transaction(() => {
    assertMeetingEditable(db, meetingId);
    meetingRow(db, meetingId);
    const arrival = arrivalIfToday(db, meetingId, ctx.now);
    const before = listAttendance(db, meetingId).attendees.filter((a) => a.status === 'DIUNDANG');
    const update = db.prepare(
      `UPDATE attendance SET status = 'HADIR', arrival_time = coalesce(arrival_time, ?), updated_at = ? WHERE id = ?`,
    );
    for (const row of before) update.run(arrival, ctx.now, row.id);
    const after = listAttendance(db, meetingId);
    const byId = new Map(after.attendees.map((a) => [a.id, a]));
    for (const row of before) {
      recordAudit(db, {
        at: ctx.now,
        actor: ctx.actor,
        entity: 'attendance',
        entityId: row.id,
        meetingId,
        operation: 'update',
        before: row,
        after: byId.get(row.id),
      });
    }
    return { ...after, marked: before.length };
  })();
}
