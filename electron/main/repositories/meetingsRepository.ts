import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import type { MeetingId, SeriesId } from '../../../shared/domain/ids';
import type { MeetingStatus, MeetingSummary, NewMeeting } from '../../../shared/domain/meeting';
import { AppError } from '../../../shared/ipc/result';
import { recordAudit } from './auditRepository';
import type { WriteContext } from './writeContext';

type MeetingRow = {
  id: string;
  series_id: string | null;
  title: string;
  date: string;
  place: string;
  status: string;
  created_at: number;
  updated_at: number;
};

const SUMMARY_COLUMNS = 'id, series_id, title, date, place, status, created_at, updated_at';

function toSummary(row: MeetingRow): MeetingSummary {
  return {
    id: row.id as MeetingId,
    seriesId: row.series_id as SeriesId | null,
    title: row.title,
    date: row.date,
    place: row.place,
    status: row.status as MeetingStatus,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Newest meeting first; meetings on the same day by creation. */
export function listMeetings(db: Db): ReadonlyArray<MeetingSummary> {
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM meetings
       WHERE deleted_at IS NULL ORDER BY date DESC, created_at DESC`,
    )
    .all() as MeetingRow[];
  return rows.map(toSummary);
}

export function getMeetingSummary(db: Db, id: MeetingId): MeetingSummary {
  const row = db
    .prepare(`SELECT ${SUMMARY_COLUMNS} FROM meetings WHERE id = ? AND deleted_at IS NULL`)
    .get(id) as MeetingRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Rapat tidak ditemukan; mungkin sudah dihapus.');
  return toSummary(row);
}

export function createMeeting(db: Db, input: NewMeeting, ctx: WriteContext): MeetingSummary {
  const id = randomUUID() as MeetingId;
  return db.transaction(() => {
    db.prepare(
      `INSERT INTO meetings (id, title, date, place, status, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'DRAF', ?, ?)`,
    ).run(id, input.title, input.date, input.place, ctx.now, ctx.now);
    const created = getMeetingSummary(db, id);
    recordAudit(db, { ...auditBase(ctx, id), operation: 'create', before: undefined, after: created });
    return created;
  })();
}

export function renameMeeting(db: Db, id: MeetingId, title: string, ctx: WriteContext): MeetingSummary {
  return db.transaction(() => {
    const before = getMeetingSummary(db, id);
    db.prepare('UPDATE meetings SET title = ?, updated_at = ? WHERE id = ?').run(title, ctx.now, id);
    const after = getMeetingSummary(db, id);
    recordAudit(db, { ...auditBase(ctx, id), operation: 'update', before, after });
    return after;
  })();
}

/** Soft delete: the row stays for the audit trail and a later shared registry. */
export function deleteMeeting(db: Db, id: MeetingId, ctx: WriteContext): { id: MeetingId } {
  return db.transaction(() => {
    const before = getMeetingSummary(db, id);
    if (before.status === 'DISAHKAN') {
      throw new AppError('LOCKED', 'Rapat yang notulanya sudah disahkan tidak dapat dihapus.');
    }
    db.prepare('UPDATE meetings SET deleted_at = ?, updated_at = ? WHERE id = ?').run(ctx.now, ctx.now, id);
    recordAudit(db, { ...auditBase(ctx, id), operation: 'delete', before, after: undefined });
    return { id };
  })();
}

export function restoreMeeting(db: Db, id: MeetingId, ctx: WriteContext): MeetingSummary {
  return db.transaction(() => {
    const changed = db
      .prepare('UPDATE meetings SET deleted_at = NULL, updated_at = ? WHERE id = ? AND deleted_at IS NOT NULL')
      .run(ctx.now, id).changes;
    if (changed === 0) throw new AppError('NOT_FOUND', 'Rapat yang dihapus tidak ditemukan, sehingga tidak dapat dikembalikan.');
    const after = getMeetingSummary(db, id);
    recordAudit(db, { ...auditBase(ctx, id), operation: 'update', before: { deleted: true }, after });
    return after;
  })();
}

function auditBase(ctx: WriteContext, id: MeetingId) {
  return { at: ctx.now, actor: ctx.actor, entity: 'meeting', entityId: id, meetingId: id };
}
