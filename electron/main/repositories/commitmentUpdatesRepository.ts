import type { Db } from '../db/connection';
import type { OwnerId, UpdateId, UpdateView } from '../../../shared/domain/followUpViews';
import type { MeetingId } from '../../../shared/domain/ids';
import { AppError } from '../../../shared/ipc/result';
import { todayIn } from '../../../shared/domain/dates';
import { reportDateProblem } from '../../../shared/domain/followUp';
import { recordAudit } from './auditRepository';
import { getInstansi } from './settingsRepository';
import {
  decodeOwner,
  OWNER_COLUMNS,
  parseEvidence,
  type OwnerRecord,
  type OwnerRow,
  type StoredEvidence,
} from './followUpSql';
import type { WriteContext } from './writeContext';

/**
 * A progress report as written: what the screens read back (UpdateView) less what the read adds
 * (the meeting's title, the entry time), with its evidence as stored. The id is made by the
 * caller, because evidence files are named after it before the row exists.
 */
export type UpdateFields = Omit<UpdateView, 'evidence' | 'meetingTitle' | 'createdAt'> &
  Readonly<{ evidence: ReadonlyArray<StoredEvidence> }>;

export type OwnerFacts = OwnerRecord &
  Readonly<{
    commitmentText: string;
    dueDate: string | null;
    originMeetingId: MeetingId;
    /** The date of the meeting that made the commitment: no report can predate it. */
    originMeetingDate: string;
  }>;

type OwnerFactsRow = OwnerRow & { text: string; due_date: string | null; meeting_id: string; meeting_date: string };

/** A live owner row with its commitment's facts, or null (deleted commitment or meeting included). */
export function findOwner(db: Db, ownerId: string): OwnerFacts | null {
  const row = db
    .prepare(
      `SELECT ${OWNER_COLUMNS}, c.text, c.due_date, c.meeting_id, m.date AS meeting_date
       FROM commitment_owners o
       JOIN commitments c ON c.id = o.commitment_id
       JOIN meetings m ON m.id = c.meeting_id
       JOIN units u ON u.id = o.unit_id
       WHERE o.id = ? AND c.deleted_at IS NULL AND m.deleted_at IS NULL`,
    )
    .get(ownerId) as OwnerFactsRow | undefined;
  if (!row) return null;
  return {
    ...decodeOwner(row),
    commitmentText: row.text,
    dueDate: row.due_date,
    originMeetingId: row.meeting_id as MeetingId,
    originMeetingDate: row.meeting_date,
  };
}

function requireOwner(db: Db, ownerId: OwnerId): OwnerFacts {
  const owner = findOwner(db, ownerId);
  if (!owner)
    throw new AppError('NOT_FOUND', 'Penanggung jawab tindak lanjut tidak ditemukan; mungkin butirnya sudah dihapus.');
  return owner;
}

function assertMeetingExists(db: Db, meetingId: MeetingId): void {
  const row = db.prepare('SELECT 1 AS found FROM meetings WHERE id = ? AND deleted_at IS NULL').get(meetingId);
  if (!row) throw new AppError('NOT_FOUND', 'Rapat tempat perkembangan dilaporkan tidak ditemukan.');
}

/** The newest report of an owner decides its current status. */
function newestUpdateId(db: Db, ownerId: OwnerId): string | null {
  const row = db
    .prepare(
      'SELECT id FROM commitment_updates WHERE owner_id = ? ORDER BY reported_on DESC, created_at DESC, id DESC LIMIT 1',
    )
    .get(ownerId) as { id: string } | undefined;
  return row?.id ?? null;
}

/**
 * Inserts one update inside the caller's transaction: a backdated report joins the
 * history without overriding a newer status; a report made in a meeting is copied into
 * that meeting's carry-over snapshot.
 */
export function insertUpdate(db: Db, fields: UpdateFields, ctx: WriteContext): OwnerFacts {
  const before = requireOwner(db, fields.ownerId);
  // Checked here, before any write, so every path (form, import) refuses the same dates.
  const today = todayIn(getInstansi(db).timeZone, new Date(ctx.now));
  const dateProblem = reportDateProblem(fields.reportedOn, before.originMeetingDate, today);
  if (dateProblem !== null) throw new AppError('INVALID_INPUT', dateProblem);
  if (fields.meetingId) assertMeetingExists(db, fields.meetingId);
  const reason = fields.status === 'TIDAK_DAPAT' ? fields.reason : '';
  db.prepare(
    `INSERT INTO commitment_updates (id, owner_id, reported_on, status, status_reason, progress_text, percent, evidence_json, meeting_id, created_at, updated_at)
     VALUES (@id, @ownerId, @reportedOn, @status, @reason, @text, @percent, @evidence, @meetingId, @now, @now)`,
  ).run({
    id: fields.id,
    ownerId: fields.ownerId,
    reportedOn: fields.reportedOn,
    status: fields.status,
    reason,
    text: fields.text,
    percent: fields.percent,
    evidence: JSON.stringify(fields.evidence),
    meetingId: fields.meetingId,
    now: ctx.now,
  });
  const audit = { at: ctx.now, actor: ctx.actor, meetingId: before.originMeetingId };
  recordAudit(db, {
    ...audit,
    entity: 'commitment_update',
    entityId: fields.id,
    operation: 'create',
    before: undefined,
    after: { ...fields, reason },
  });

  let after = before;
  if (
    newestUpdateId(db, fields.ownerId) === fields.id &&
    (before.status !== fields.status || before.reason !== reason)
  ) {
    db.prepare('UPDATE commitment_owners SET status = ?, status_reason = ?, updated_at = ? WHERE id = ?').run(
      fields.status,
      reason,
      ctx.now,
      fields.ownerId,
    );
    after = { ...before, status: fields.status, reason };
    recordAudit(db, {
      ...audit,
      entity: 'commitment_owner',
      entityId: fields.ownerId,
      operation: 'update',
      before: { status: before.status, reason: before.reason },
      after: { status: after.status, reason: after.reason },
    });
  }
  if (fields.meetingId) {
    db.prepare(
      `UPDATE carryover_items SET reported_update_id = @id, reported_status = @status, reported_reason = @reason,
         reported_progress = @text, reported_percent = @percent, updated_at = @now
       WHERE meeting_id = @meetingId AND owner_id = @ownerId`,
    ).run({
      id: fields.id,
      status: fields.status,
      reason,
      text: fields.text,
      percent: fields.percent,
      now: ctx.now,
      meetingId: fields.meetingId,
      ownerId: fields.ownerId,
    });
  }
  return after;
}

export function addUpdate(db: Db, fields: UpdateFields, ctx: WriteContext): OwnerFacts {
  return db.transaction(() => insertUpdate(db, fields, ctx))();
}

/** All of them or none (the OPD reply import). */
export function addUpdates(db: Db, list: ReadonlyArray<UpdateFields>, ctx: WriteContext): number {
  return db.transaction(() => {
    for (const fields of list) insertUpdate(db, fields, ctx);
    return list.length;
  })();
}

/** The stored evidence of one update, to hand a file back to her. */
export function evidenceOf(db: Db, updateId: UpdateId): StoredEvidence[] {
  const row = db.prepare('SELECT evidence_json FROM commitment_updates WHERE id = ?').get(updateId) as
    { evidence_json: string } | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Perkembangan tidak ditemukan.');
  return parseEvidence(row.evidence_json);
}
