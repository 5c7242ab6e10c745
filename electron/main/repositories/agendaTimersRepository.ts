import type { Db } from '../db/connection';
import type { AgendaItemId, MeetingId } from '../../../shared/domain/ids';
import type { AgendaTimer } from '../../../shared/ipc/liveContract';
import { AppError } from '../../../shared/ipc/result';
import { recordAudit } from './auditRepository';
import { assertMeetingExists, assertMinutesEditable } from './minutesChecks';
import type { WriteContext } from './writeContext';

/*
 * The actual start and end of each agenda item (agenda_items.actual_start_at /
 * actual_end_at of 0001). One item runs at a time: starting one stops the one
 * before, which is what Alt+Down does while she moves through the Acara.
 * Returning to an item resumes it (its end is cleared, its start kept), so the
 * actual span covers the whole discussion of that item.
 */

type TimerRow = { id: string; meeting_id: string; actual_start_at: number | null; actual_end_at: number | null };

function toTimer(row: TimerRow): AgendaTimer {
  return { id: row.id as AgendaItemId, actualStartAt: row.actual_start_at, actualEndAt: row.actual_end_at };
}

export function listTimers(db: Db, meetingId: MeetingId): ReadonlyArray<AgendaTimer> {
  assertMeetingExists(db, meetingId);
  const rows = db
    .prepare(
      'SELECT id, meeting_id, actual_start_at, actual_end_at FROM agenda_items WHERE meeting_id = ? ORDER BY position, created_at',
    )
    .all(meetingId) as TimerRow[];
  return rows.map(toTimer);
}

function getRow(db: Db, id: AgendaItemId): TimerRow {
  const row = db
    .prepare('SELECT id, meeting_id, actual_start_at, actual_end_at FROM agenda_items WHERE id = ?')
    .get(id) as TimerRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Acara tidak ditemukan; mungkin sudah dihapus dari agenda.');
  return row;
}

function setTimes(db: Db, row: TimerRow, start: number | null, end: number | null, ctx: WriteContext): void {
  if (row.actual_start_at === start && row.actual_end_at === end) return;
  db.prepare('UPDATE agenda_items SET actual_start_at = ?, actual_end_at = ?, updated_at = ? WHERE id = ?').run(
    start,
    end,
    ctx.now,
    row.id,
  );
  recordAudit(db, {
    at: ctx.now,
    actor: ctx.actor,
    entity: 'agenda_item',
    entityId: row.id,
    meetingId: row.meeting_id,
    operation: 'update',
    before: { actualStartAt: row.actual_start_at, actualEndAt: row.actual_end_at },
    after: { actualStartAt: start, actualEndAt: end },
  });
}

export function startAgendaItem(db: Db, id: AgendaItemId, ctx: WriteContext): ReadonlyArray<AgendaTimer> {
  return db.transaction(() => {
    const row = getRow(db, id);
    const meetingId = row.meeting_id as MeetingId;
    assertMinutesEditable(db, meetingId);
    const running = db
      .prepare(
        `SELECT id, meeting_id, actual_start_at, actual_end_at FROM agenda_items
         WHERE meeting_id = ? AND id <> ? AND actual_start_at IS NOT NULL AND actual_end_at IS NULL`,
      )
      .all(meetingId, id) as TimerRow[];
    for (const other of running) setTimes(db, other, other.actual_start_at, ctx.now, ctx);
    setTimes(db, row, row.actual_start_at ?? ctx.now, null, ctx);
    return listTimers(db, meetingId);
  })();
}

/** Stopping an item that does not run changes nothing. */
export function stopAgendaItem(db: Db, id: AgendaItemId, ctx: WriteContext): ReadonlyArray<AgendaTimer> {
  return db.transaction(() => {
    const row = getRow(db, id);
    const meetingId = row.meeting_id as MeetingId;
    assertMinutesEditable(db, meetingId);
    if (row.actual_start_at !== null && row.actual_end_at === null)
      setTimes(db, row, row.actual_start_at, ctx.now, ctx);
    return listTimers(db, meetingId);
  })();
}

/**
 * Ends the running item at ctx.now, inside the caller's transaction: submitting the
 * minutes locks the meeting, so no timer may go on counting behind the lock.
 */
export function stopRunningItems(db: Db, meetingId: MeetingId, ctx: WriteContext): void {
  const running = db
    .prepare(
      `SELECT id, meeting_id, actual_start_at, actual_end_at FROM agenda_items
       WHERE meeting_id = ? AND actual_start_at IS NOT NULL AND actual_end_at IS NULL`,
    )
    .all(meetingId) as TimerRow[];
  for (const row of running) setTimes(db, row, row.actual_start_at, ctx.now, ctx);
}
