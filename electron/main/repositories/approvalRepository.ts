import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import type { ApprovalPerson, ApprovalStep, ApprovalStepKind, ApprovedVersion } from '../../../shared/domain/approval';
import type { MeetingId, PersonId } from '../../../shared/domain/ids';
import type { MeetingStatus } from '../../../shared/domain/meeting';
import { AppError } from '../../../shared/ipc/result';
import type { WriteContext } from './writeContext';

/*
 * SQL of the approval workflow (migration 0006): the meeting's status and version, its
 * steps, the approved versions in `documents` and the files exported from them. The
 * rules (which step may follow which) live in services/approval/approvalService.ts.
 */

export type WorkflowMeeting = Readonly<{
  id: MeetingId;
  status: MeetingStatus;
  version: number;
  date: string;
  timeZone: string;
  chairPersonId: PersonId | null;
}>;

export function getWorkflowMeeting(db: Db, meetingId: MeetingId): WorkflowMeeting {
  const row = db
    .prepare(
      'SELECT id, status, version, date, time_zone, chair_person_id FROM meetings WHERE id = ? AND deleted_at IS NULL',
    )
    .get(meetingId) as
    | { id: string; status: string; version: number; date: string; time_zone: string; chair_person_id: string | null }
    | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Rapat tidak ditemukan; mungkin sudah dihapus.');
  return {
    id: row.id as MeetingId,
    status: row.status as MeetingStatus,
    version: row.version,
    date: row.date,
    timeZone: row.time_zone,
    chairPersonId: row.chair_person_id as PersonId | null,
  };
}

export function setMeetingWorkflow(
  db: Db,
  meetingId: MeetingId,
  status: MeetingStatus,
  version: number,
  ctx: WriteContext,
): void {
  db.prepare('UPDATE meetings SET status = ?, version = ?, updated_at = ? WHERE id = ?').run(
    status,
    version,
    ctx.now,
    meetingId,
  );
}

/**
 * Who may be named as deciding: the chair, the secretary and every invited person of
 * the meeting (a deputy chair may approve), chair first. Deleted people are left out.
 */
export function approvalPeople(db: Db, meetingId: MeetingId): ApprovalPerson[] {
  const rows = db
    .prepare(
      `SELECT p.id, p.name, p.position, r.role, r.rank FROM (
         SELECT chair_person_id AS person_id, 'CHAIR' AS role, 0 AS rank, 0 AS position FROM meetings WHERE id = @id
         UNION ALL SELECT secretary_person_id, 'SECRETARY', 1, 0 FROM meetings WHERE id = @id
         UNION ALL SELECT person_id, 'ATTENDEE', 2, position FROM attendance WHERE meeting_id = @id
       ) r JOIN people p ON p.id = r.person_id
       WHERE p.deleted_at IS NULL
       ORDER BY r.rank, r.position`,
    )
    .all({ id: meetingId }) as Array<{ id: string; name: string; position: string; role: ApprovalPerson['role'] }>;
  const seen = new Set<string>();
  const people: ApprovalPerson[] = [];
  for (const row of rows) {
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    people.push({ personId: row.id as PersonId, name: row.name, position: row.position, role: row.role });
  }
  return people;
}

/** A step as ApprovalStep names its fields (its row's created_at is when it was recorded). */
const STEP = `SELECT id, version, step, person_id AS personId, person_name AS personName,
  person_position AS personPosition, note, decided_on AS decidedOn, decided_time AS decidedTime,
  recorded_by AS recordedBy, created_at AS recordedAt FROM approval_steps`;

/** Every step of the meeting, oldest first (the rowid breaks ties within one millisecond). */
export function listSteps(db: Db, meetingId: MeetingId): ApprovalStep[] {
  return db.prepare(`${STEP} WHERE meeting_id = ? ORDER BY created_at, rowid`).all(meetingId) as ApprovalStep[];
}

export type NewStep = Readonly<{
  meetingId: MeetingId;
  version: number;
  step: ApprovalStepKind;
  person: Readonly<{ personId: PersonId; name: string; position: string }> | null;
  note: string;
  decidedOn: string;
  decidedTime: string | null;
}>;

export function insertStep(db: Db, step: NewStep, ctx: WriteContext): ApprovalStep {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO approval_steps (id, meeting_id, version, step, person_id, person_name, person_position, note, decided_on, decided_time,
       recorded_by, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    step.meetingId,
    step.version,
    step.step,
    step.person?.personId ?? null,
    step.person?.name ?? '',
    step.person?.position ?? '',
    step.note,
    step.decidedOn,
    step.decidedTime,
    ctx.actor,
    ctx.now,
    ctx.now,
  );
  return db.prepare(`${STEP} WHERE id = ?`).get(id) as ApprovalStep;
}

type DocumentRow = {
  id: string;
  meeting_id: string;
  version: number;
  sha256: string;
  approved_at: number;
  approved_by: string;
  verification_code: string | null;
  exports: number;
};

const DOCUMENT_SELECT = `SELECT d.id, d.meeting_id, d.version, d.sha256, d.approved_at, d.approved_by, d.verification_code,
    (SELECT count(*) FROM document_exports e WHERE e.document_id = d.id) AS exports
  FROM documents d`;

function toApproved(row: DocumentRow, step: ApprovalStep | undefined): ApprovedVersion {
  return {
    documentId: row.id,
    version: row.version,
    approvedAt: row.approved_at,
    approvedOn: step?.decidedOn ?? '',
    approvedTime: step?.decidedTime ?? null,
    approvedBy: row.approved_by,
    sha256: row.sha256,
    verificationCode: row.verification_code ?? '',
    exports: row.exports,
  };
}

/** Approved versions of a meeting, oldest first, with the day of approval from their step. */
export function listApprovedVersions(db: Db, meetingId: MeetingId): ApprovedVersion[] {
  const rows = db
    .prepare(`${DOCUMENT_SELECT} WHERE d.meeting_id = ? ORDER BY d.version`)
    .all(meetingId) as DocumentRow[];
  const steps = listSteps(db, meetingId).filter((step) => step.step === 'DISAHKAN');
  return rows.map((row) =>
    toApproved(
      row,
      steps.findLast((step) => step.version === row.version),
    ),
  );
}

export type NewApprovedVersion = Readonly<{
  id: string;
  meetingId: MeetingId;
  version: number;
  canonicalJson: string;
  sha256: string;
  approvedAt: number;
  approvedBy: string;
  verificationCode: string;
}>;

export function insertApprovedVersion(db: Db, doc: NewApprovedVersion, ctx: WriteContext): void {
  db.prepare(
    `INSERT INTO documents (id, meeting_id, version, canonical_json, sha256, approved_at, approved_by, created_at, verification_code)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    doc.id,
    doc.meetingId,
    doc.version,
    doc.canonicalJson,
    doc.sha256,
    doc.approvedAt,
    doc.approvedBy,
    ctx.now,
    doc.verificationCode,
  );
}

/** The stored snapshot of one approved version (tests and a later "compare versions" read it). */
export function approvedSnapshot(
  db: Db,
  meetingId: MeetingId,
  version: number,
): { canonicalJson: string; sha256: string } | null {
  const row = db
    .prepare('SELECT canonical_json, sha256 FROM documents WHERE meeting_id = ? AND version = ?')
    .get(meetingId, version) as { canonical_json: string; sha256: string } | undefined;
  return row ? { canonicalJson: row.canonical_json, sha256: row.sha256 } : null;
}

export type VersionRecord = Readonly<{
  documentId: string;
  meetingId: MeetingId;
  meetingTitle: string;
  meetingDate: string;
  version: number;
  latestVersion: number;
  approvedAt: number;
  approvedOn: string;
  approvedBy: string;
  verificationCode: string;
}>;

const APPROVED_ON = `(SELECT s.decided_on FROM approval_steps s
    WHERE s.meeting_id = d.meeting_id AND s.version = d.version AND s.step = 'DISAHKAN' ORDER BY s.created_at DESC LIMIT 1) AS approved_on`;

const VERSION_SELECT = `SELECT d.id, d.meeting_id, m.title, m.date, d.version, m.version AS latest, d.approved_at, d.approved_by, d.verification_code,
    ${APPROVED_ON}
  FROM documents d JOIN meetings m ON m.id = d.meeting_id`;

type VersionRow = {
  id: string;
  meeting_id: string;
  title: string;
  date: string;
  version: number;
  latest: number;
  approved_at: number;
  approved_by: string;
  verification_code: string | null;
  approved_on: string | null;
};

function toRecord(row: VersionRow): VersionRecord {
  return {
    documentId: row.id,
    meetingId: row.meeting_id as MeetingId,
    meetingTitle: row.title,
    meetingDate: row.date,
    version: row.version,
    latestVersion: row.latest,
    approvedAt: row.approved_at,
    approvedOn: row.approved_on ?? '',
    approvedBy: row.approved_by,
    verificationCode: row.verification_code ?? '',
  };
}

export function findVersionByCode(db: Db, code: string): VersionRecord | null {
  const row = db.prepare(`${VERSION_SELECT} WHERE d.verification_code = ?`).get(code) as VersionRow | undefined;
  return row ? toRecord(row) : null;
}

/** The approved version a meeting is on now, for the export footer; null unless it is Disahkan. */
export function currentApprovedDocument(db: Db, meetingId: MeetingId): VersionRecord | null {
  const row = db
    .prepare(`${VERSION_SELECT} WHERE d.meeting_id = ? AND d.version = m.version AND m.status = 'DISAHKAN'`)
    .get(meetingId) as VersionRow | undefined;
  return row ? toRecord(row) : null;
}

export type ExportRecord = Readonly<{
  kind: string;
  format: string;
  fileName: string;
  createdAt: number;
  version: VersionRecord;
}>;

export function findExportBySha(db: Db, sha256: string): ExportRecord | null {
  const row = db
    .prepare(
      `SELECT e.kind, e.format, e.file_name, e.created_at, d.id, d.meeting_id, m.title, m.date, d.version, m.version AS latest,
         d.approved_at, d.approved_by, d.verification_code, ${APPROVED_ON}
       FROM document_exports e JOIN documents d ON d.id = e.document_id JOIN meetings m ON m.id = d.meeting_id
       WHERE e.sha256 = ? ORDER BY e.created_at LIMIT 1`,
    )
    .get(sha256) as (VersionRow & { kind: string; format: string; file_name: string; created_at: number }) | undefined;
  if (!row) return null;
  return {
    kind: row.kind,
    format: row.format,
    fileName: row.file_name,
    createdAt: row.created_at,
    version: toRecord(row),
  };
}

export type NewExport = Readonly<{
  documentId: string;
  kind: string;
  format: 'docx' | 'pdf';
  fileName: string;
  size: number;
  sha256: string;
}>;

/** Remembers a file handed out from an approved version (no audit line: the meeting did not change). */
export function recordExports(db: Db, files: ReadonlyArray<NewExport>, ctx: WriteContext): void {
  const insert = db.prepare(
    'INSERT INTO document_exports (id, document_id, kind, format, file_name, size, sha256, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  db.transaction(() => {
    for (const file of files)
      insert.run(randomUUID(), file.documentId, file.kind, file.format, file.fileName, file.size, file.sha256, ctx.now);
  })();
}
