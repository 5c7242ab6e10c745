import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import type { MeetingId, SeriesId } from '../../../shared/domain/ids';
import type { IndonesianTimeZone } from '../../../shared/domain/instansi';
import type { MeetingSummary, NewMeeting, RoleAssignment } from '../../../shared/domain/meeting';
import { AppError } from '../../../shared/ipc/result';
import { recordAudit } from './auditRepository';
import { alignSections } from './minuteSectionsSync';
import { selectRecord } from './fieldSql';
import { getInstansi } from './settingsRepository';
import type { WriteContext } from './writeContext';

// Every field of a summary is its column under the same name (fieldSql.ts selectRecord).
const SUMMARY_COLUMNS = selectRecord<MeetingSummary>()(
  'id, series_id, title, date, place, start_time, time_zone, status, created_at, updated_at',
);

/** Newest meeting first; meetings on the same day by creation. */
export function listMeetings(db: Db): ReadonlyArray<MeetingSummary> {
  return db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM meetings
       WHERE deleted_at IS NULL ORDER BY date DESC, created_at DESC`,
    )
    .all() as MeetingSummary[];
}

/**
 * Beranda's candidates, without the archive: every meeting dated from `from` on (what may still
 * be ahead, in any Indonesian zone, and today's), and the five newest before it (held, whatever
 * their status). shared/domain/meetingTiming.ts splitMeetings picks the two lists from these.
 * Both read the meetings_date index from `from`, so ten years behind cost nothing.
 */
export function homeMeetings(db: Db, from: string, recent = 5): ReadonlyArray<MeetingSummary> {
  const ahead = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM meetings WHERE deleted_at IS NULL AND date >= ? ORDER BY date DESC, created_at DESC`,
    )
    .all(from) as MeetingSummary[];
  const before = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM meetings WHERE deleted_at IS NULL AND date < ? ORDER BY date DESC, created_at DESC LIMIT ?`,
    )
    .all(from, recent) as MeetingSummary[];
  return [...ahead, ...before];
}

export function getMeetingSummary(db: Db, id: MeetingId): MeetingSummary {
  const row = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM meetings WHERE id = ? AND deleted_at IS NULL`).get(id) as
    MeetingSummary | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Rapat tidak ditemukan; mungkin sudah dihapus.');
  return row;
}

/** What a new meeting row starts with besides title, date and place; everything else waits for Persiapan. */
export type MeetingRowFields = Readonly<{
  title: string;
  date: string;
  place: string;
  seriesId: SeriesId | null;
  callTime: string | null;
  startTime: string | null;
  timeZone: IndonesianTimeZone;
  chair: RoleAssignment;
  secretary: RoleAssignment;
  notulis: RoleAssignment;
}>;

export const NO_ROLE: RoleAssignment = { personId: null, acting: '' };

/**
 * Inserts a Draf meeting without a transaction or audit of its own: callers
 * (create, the setup service) provide both, after checking every reference.
 */
export function insertMeetingRow(db: Db, fields: MeetingRowFields, ctx: WriteContext): MeetingId {
  const id = randomUUID() as MeetingId;
  db.prepare(
    `INSERT INTO meetings (id, series_id, title, date, place, call_time, start_time, time_zone,
       chair_person_id, chair_acting, secretary_person_id, secretary_acting, notulis_person_id, notulis_acting,
       status, created_at, updated_at)
     VALUES (@id, @seriesId, @title, @date, @place, @callTime, @startTime, @timeZone,
       @chair, @chairActing, @secretary, @secretaryActing, @notulis, @notulisActing, 'DRAF', @now, @now)`,
  ).run({
    id,
    seriesId: fields.seriesId,
    title: fields.title,
    date: fields.date,
    place: fields.place,
    callTime: fields.callTime,
    startTime: fields.startTime,
    timeZone: fields.timeZone,
    chair: fields.chair.personId,
    chairActing: fields.chair.personId ? fields.chair.acting : '',
    secretary: fields.secretary.personId,
    secretaryActing: fields.secretary.personId ? fields.secretary.acting : '',
    notulis: fields.notulis.personId,
    notulisActing: fields.notulis.personId ? fields.notulis.acting : '',
    now: ctx.now,
  });
  return id;
}

/** Records the creation of a meeting inserted by insertMeetingRow (inside the caller's transaction). */
export function auditMeetingCreated(db: Db, id: MeetingId, ctx: WriteContext): MeetingSummary {
  const created = getMeetingSummary(db, id);
  recordAudit(db, { ...auditBase(ctx, id), operation: 'create', before: undefined, after: created });
  return created;
}

/** A plain meeting: title, date and place only (a template or series goes through services/meetingSetup). */
export function createMeeting(db: Db, input: NewMeeting, ctx: WriteContext): MeetingSummary {
  return db.transaction(() => {
    const id = insertMeetingRow(
      db,
      {
        ...input,
        seriesId: null,
        callTime: null,
        startTime: null,
        timeZone: getInstansi(db).timeZone,
        chair: NO_ROLE,
        secretary: NO_ROLE,
        notulis: NO_ROLE,
      },
      ctx,
    );
    // Made now, so that reading the minutes never has to write (minuteSectionsSync.ts).
    alignSections(db, id, ctx);
    return auditMeetingCreated(db, id, ctx);
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
    if (changed === 0)
      throw new AppError('NOT_FOUND', 'Rapat yang dihapus tidak ditemukan, sehingga tidak dapat dikembalikan.');
    const after = getMeetingSummary(db, id);
    recordAudit(db, { ...auditBase(ctx, id), operation: 'update', before: { deleted: true }, after });
    return after;
  })();
}

export function auditBase(ctx: WriteContext, id: MeetingId) {
  return { at: ctx.now, actor: ctx.actor, entity: 'meeting', entityId: id, meetingId: id };
}

export type SeriesMeetingFacts = Readonly<{
  date: string;
  place: string;
  callTime: string | null;
  startTime: string | null;
  timeZone: IndonesianTimeZone;
}>;

/** The latest meeting of a series, whose room and hours the next one usually keeps. */
export function lastMeetingOfSeries(db: Db, seriesId: SeriesId): SeriesMeetingFacts | null {
  const row = db
    .prepare(
      `SELECT date, place, call_time AS callTime, start_time AS startTime, time_zone AS timeZone FROM meetings
       WHERE series_id = ? AND deleted_at IS NULL ORDER BY date DESC, created_at DESC LIMIT 1`,
    )
    .get(seriesId) as SeriesMeetingFacts | undefined;
  return row ?? null;
}
