import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import type { CarryOver, CarryOverItem, CommitmentId, OwnerId } from '../../../shared/domain/followUpViews';
import type { MeetingId } from '../../../shared/domain/ids';
import { AppError } from '../../../shared/ipc/result';
import { recordAudit } from './auditRepository';
import { asOwnerStatus, OPEN_STATUSES_SQL } from './followUpSql';
import type { WriteContext } from './writeContext';

type MeetingFacts = { id: string; series_id: string | null; date: string; created_at: number; status: string };

function meetingFacts(db: Db, meetingId: MeetingId): MeetingFacts {
  const row = db
    .prepare('SELECT id, series_id, date, created_at, status FROM meetings WHERE id = ? AND deleted_at IS NULL')
    .get(meetingId) as MeetingFacts | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Rapat tidak ditemukan; mungkin sudah dihapus.');
  return row;
}

type OpenOwnerRow = {
  owner_id: string;
  commitment_id: string;
  status: string;
  status_reason: string;
  progress_text: string | null;
  percent: number | null;
};

/**
 * Open owners of the commitments of earlier meetings of the series, in the order the
 * secretary reads them out: oldest meeting first, then the commitment's own order.
 */
function openOwnersBefore(db: Db, meeting: MeetingFacts): OpenOwnerRow[] {
  return db
    .prepare(
      `SELECT o.id AS owner_id, o.commitment_id, o.status, o.status_reason,
         (SELECT u.progress_text FROM commitment_updates u WHERE u.owner_id = o.id ORDER BY u.reported_on DESC, u.created_at DESC, u.id DESC LIMIT 1) AS progress_text,
         (SELECT u.percent FROM commitment_updates u WHERE u.owner_id = o.id ORDER BY u.reported_on DESC, u.created_at DESC, u.id DESC LIMIT 1) AS percent
       FROM meetings pm
       JOIN commitments c ON c.meeting_id = pm.id
       JOIN commitment_owners o ON o.commitment_id = c.id
       JOIN units un ON un.id = o.unit_id
       WHERE pm.series_id = @seriesId AND pm.deleted_at IS NULL AND pm.id <> @meetingId
         AND (pm.date < @date OR (pm.date = @date AND pm.created_at < @createdAt))
         AND c.deleted_at IS NULL AND o.status IN ${OPEN_STATUSES_SQL}
       ORDER BY pm.date, pm.created_at, c.position, c.created_at, o.created_at, un.name COLLATE NOCASE`,
    )
    .all({ seriesId: meeting.series_id, meetingId: meeting.id, date: meeting.date, createdAt: meeting.created_at }) as OpenOwnerRow[];
}

function insertItems(db: Db, meetingId: MeetingId, rows: ReadonlyArray<OpenOwnerRow>, firstPosition: number, now: number): void {
  const insert = db.prepare(
    `INSERT INTO carryover_items (id, meeting_id, commitment_id, owner_id, position, status_at_meeting, reason_at_meeting,
       progress_at_meeting, percent_at_meeting, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  rows.forEach((row, index) => {
    insert.run(randomUUID(), meetingId, row.commitment_id, row.owner_id, firstPosition + index, row.status, row.status_reason, row.progress_text ?? '', row.percent, now, now);
  });
}

type ItemRow = {
  id: string;
  commitment_id: string;
  owner_id: string;
  position: number;
  text: string;
  due_date: string | null;
  origin_title: string;
  origin_date: string;
  unit_name: string;
  status_at_meeting: string;
  reason_at_meeting: string;
  progress_at_meeting: string;
  percent_at_meeting: number | null;
  reported_status: string | null;
  reported_reason: string;
  reported_progress: string;
  reported_percent: number | null;
};

/** A meeting's carry-over rows as stored: what the Notula of that meeting prints. */
export function carryOverItems(db: Db, meetingId: MeetingId): CarryOverItem[] {
  const rows = db
    .prepare(
      `SELECT i.id, i.commitment_id, i.owner_id, i.position, c.text, c.due_date, pm.title AS origin_title, pm.date AS origin_date,
         un.name AS unit_name, i.status_at_meeting, i.reason_at_meeting, i.progress_at_meeting, i.percent_at_meeting,
         i.reported_status, i.reported_reason, i.reported_progress, i.reported_percent
       FROM carryover_items i
       JOIN commitments c ON c.id = i.commitment_id
       JOIN meetings pm ON pm.id = c.meeting_id
       JOIN commitment_owners o ON o.id = i.owner_id
       JOIN units un ON un.id = o.unit_id
       WHERE i.meeting_id = ? AND c.deleted_at IS NULL
       ORDER BY i.position`,
    )
    .all(meetingId) as ItemRow[];
  return rows.map((row) => ({
    id: row.id,
    commitmentId: row.commitment_id as CommitmentId,
    ownerId: row.owner_id as OwnerId,
    position: row.position,
    text: row.text,
    dueDate: row.due_date,
    originMeetingTitle: row.origin_title,
    originMeetingDate: row.origin_date,
    unitName: row.unit_name,
    statusAtMeeting: asOwnerStatus(row.status_at_meeting),
    reasonAtMeeting: row.reason_at_meeting,
    progressAtMeeting: row.progress_at_meeting,
    percentAtMeeting: row.percent_at_meeting,
    reported:
      row.reported_status === null
        ? null
        : { status: asOwnerStatus(row.reported_status), reason: row.reported_reason, progress: row.reported_progress, percent: row.reported_percent },
  }));
}

function snapshotDate(db: Db, meetingId: MeetingId): string | null {
  const row = db.prepare('SELECT taken_on FROM carryover_snapshots WHERE meeting_id = ?').get(meetingId) as { taken_on: string } | undefined;
  return row?.taken_on ?? null;
}

/** Reads the carry-over without taking a snapshot (what documents print). */
export function readCarryOver(db: Db, meetingId: MeetingId): CarryOver {
  const meeting = meetingFacts(db, meetingId);
  return {
    meetingId,
    inSeries: meeting.series_id !== null,
    takenOn: snapshotDate(db, meetingId),
    meetingDate: meeting.date,
    items: carryOverItems(db, meetingId),
  };
}

/**
 * Takes the snapshot the first time a meeting of a series is opened. An approved
 * meeting without one is left alone: today's statuses are not what was said there.
 */
export function ensureCarryOver(db: Db, meetingId: MeetingId, today: string, ctx: WriteContext): CarryOver {
  return db.transaction(() => {
    const meeting = meetingFacts(db, meetingId);
    if (meeting.series_id === null || meeting.status === 'DISAHKAN' || snapshotDate(db, meetingId) !== null) {
      return readCarryOver(db, meetingId);
    }
    const rows = openOwnersBefore(db, meeting);
    db.prepare('INSERT INTO carryover_snapshots (meeting_id, taken_on, created_at, updated_at) VALUES (?, ?, ?, ?)').run(meetingId, today, ctx.now, ctx.now);
    insertItems(db, meetingId, rows, 1, ctx.now);
    recordAudit(db, {
      at: ctx.now,
      actor: ctx.actor,
      entity: 'carryover',
      entityId: meetingId,
      meetingId,
      operation: 'create',
      before: undefined,
      after: { takenOn: today, items: rows.length },
    });
    return readCarryOver(db, meetingId);
  })();
}

/** Adds owners that are open now and not yet listed; listed rows keep their snapshot. */
export function refreshCarryOver(db: Db, meetingId: MeetingId, today: string, ctx: WriteContext): CarryOver {
  return db.transaction(() => {
    const meeting = meetingFacts(db, meetingId);
    if (meeting.series_id === null) return readCarryOver(db, meetingId);
    if (meeting.status === 'DISAHKAN') throw new AppError('LOCKED', 'Notula rapat ini sudah disahkan; daftar tindak lanjutnya tidak diubah lagi.');
    if (snapshotDate(db, meetingId) === null) return ensureCarryOver(db, meetingId, today, ctx);
    const listed = new Set(
      (db.prepare('SELECT owner_id FROM carryover_items WHERE meeting_id = ?').all(meetingId) as Array<{ owner_id: string }>).map((row) => row.owner_id),
    );
    const fresh = openOwnersBefore(db, meeting).filter((row) => !listed.has(row.owner_id));
    if (fresh.length > 0) {
      const last = db.prepare('SELECT coalesce(max(position), 0) AS last FROM carryover_items WHERE meeting_id = ?').get(meetingId) as { last: number };
      insertItems(db, meetingId, fresh, last.last + 1, ctx.now);
      recordAudit(db, {
        at: ctx.now,
        actor: ctx.actor,
        entity: 'carryover',
        entityId: meetingId,
        meetingId,
        operation: 'update',
        before: { items: listed.size },
        after: { items: listed.size + fresh.length },
      });
    }
    return readCarryOver(db, meetingId);
  })();
}
