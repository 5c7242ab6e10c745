import { randomUUID } from 'node:crypto';
import type {
  ApprovalPerson,
  ApprovalState,
  ApprovalStep,
  ApprovalStepKind,
  VersionInfo,
} from '../../../../shared/domain/approval';
import type { MeetingId } from '../../../../shared/domain/ids';
import type { MeetingStatus } from '../../../../shared/domain/meeting';
import type { ChairDecision } from '../../../../shared/ipc/approvalContract';
import { AppError } from '../../../../shared/ipc/result';
import type { Db } from '../../db/connection';
import {
  approvalPeople,
  getWorkflowMeeting,
  insertApprovedVersion,
  insertStep,
  listApprovedVersions,
  listSteps,
  setMeetingWorkflow,
  type WorkflowMeeting,
} from '../../repositories/approvalRepository';
import { recordAudit } from '../../repositories/auditRepository';
import { freezeCarryOver } from '../../repositories/carryOverRepository';
import type { WriteContext } from '../../repositories/writeContext';
import { stopRunningItems } from '../../repositories/agendaTimersRepository';
import { approvalGaps } from '../../repositories/approvalReadiness';
import { assertComplete, assertDecisionDate } from './approvalChecks';
import { buildCanonicalSnapshot } from './canonicalSnapshot';
import { deriveVerificationCode } from './verificationCode';
import { instantOf, wallClockAt } from './zonedTime';

/*
 * The rules of the workflow (issue 6): Draf or Dikembalikan -> Diajukan -> Disahkan or
 * Dikembalikan; Disahkan -> (Buat revisi) a new version in Draf. Each step is one
 * transaction: the status, the step, the audit line and, on approval, the snapshot.
 */

const NOT_SUBMITTED = 'Notula belum diajukan ke Pimpinan Rapat. Ajukan dulu, lalu catat keputusan pimpinan.';

export function approvalState(db: Db, meetingId: MeetingId): ApprovalState {
  const meeting = getWorkflowMeeting(db, meetingId);
  const steps = listSteps(db, meetingId).filter((step) => step.version === meeting.version);
  const approved = listApprovedVersions(db, meetingId).find((doc) => doc.version === meeting.version) ?? null;
  return {
    meetingId,
    status: meeting.status,
    version: meeting.version,
    steps,
    lastReturn:
      meeting.status === 'DIKEMBALIKAN' ? (steps.findLast((step) => step.step === 'DIKEMBALIKAN') ?? null) : null,
    approved: meeting.status === 'DISAHKAN' ? approved : null,
    people: approvalPeople(db, meetingId),
    chairPersonId: meeting.chairPersonId,
    meetingDate: meeting.date,
    // An approved version needs nothing more; any other shows what the next step needs.
    gaps: meeting.status === 'DISAHKAN' ? [] : approvalGaps(db, meetingId),
  };
}

function audit(
  db: Db,
  ctx: WriteContext,
  meeting: WorkflowMeeting,
  step: ApprovalStep,
  after: Readonly<Record<string, unknown>>,
): void {
  recordAudit(db, {
    at: ctx.now,
    actor: ctx.actor,
    entity: 'approval',
    entityId: step.id,
    meetingId: meeting.id,
    operation: 'create',
    before: { status: meeting.status, version: meeting.version },
    after: {
      step: step.step,
      version: step.version,
      personName: step.personName,
      personPosition: step.personPosition,
      note: step.note,
      decidedOn: step.decidedOn,
      decidedTime: step.decidedTime,
      ...after,
    },
  });
}

/** The chair (or whoever she names) must be one of the meeting's people. */
function decidingPerson(db: Db, input: ChairDecision): ApprovalPerson {
  const person = approvalPeople(db, input.meetingId).find((candidate) => candidate.personId === input.personId);
  if (!person) {
    throw new AppError(
      'INVALID_INPUT',
      'Pilih pimpinan dari orang-orang rapat ini (Ketua, Sekretaris, atau peserta yang diundang).',
    );
  }
  return person;
}

/** The submission a return or an approval decides: the current version's last Diajukan. */
function submittedStep(db: Db, meeting: WorkflowMeeting): ApprovalStep | null {
  return (
    listSteps(db, meeting.id).findLast((entry) => entry.version === meeting.version && entry.step === 'DIAJUKAN') ??
    null
  );
}

function step(
  db: Db,
  meeting: WorkflowMeeting,
  kind: ApprovalStepKind,
  fields: Readonly<{
    person: ApprovalPerson | null;
    note: string;
    decidedOn: string;
    decidedTime: string | null;
    version?: number;
  }>,
  ctx: WriteContext,
): ApprovalStep {
  return insertStep(
    db,
    {
      meetingId: meeting.id,
      version: fields.version ?? meeting.version,
      step: kind,
      person: fields.person
        ? { personId: fields.person.personId, name: fields.person.name, position: fields.person.position }
        : null,
      note: fields.note,
      decidedOn: fields.decidedOn,
      decidedTime: fields.decidedTime,
    },
    ctx,
  );
}

function moveTo(db: Db, meeting: WorkflowMeeting, status: MeetingStatus, version: number, ctx: WriteContext): void {
  setMeetingWorkflow(db, meeting.id, status, version, ctx);
}

export function submitForApproval(
  db: Db,
  input: { meetingId: MeetingId; note: string },
  ctx: WriteContext,
): ApprovalState {
  return db.transaction(() => {
    const meeting = getWorkflowMeeting(db, input.meetingId);
    if (meeting.status === 'DIAJUKAN')
      throw new AppError('CONFLICT', 'Notula ini sudah diajukan dan sedang menunggu keputusan pimpinan.');
    if (meeting.status === 'DISAHKAN')
      throw new AppError('LOCKED', 'Notula ini sudah disahkan. Buat revisi bila perlu perubahan.');
    const chair = approvalPeople(db, meeting.id).find((person) => person.role === 'CHAIR');
    if (!chair)
      throw new AppError(
        'INVALID_INPUT',
        'Tentukan Pimpinan Rapat (Ketua) di tab Persiapan sebelum mengajukan notula.',
      );
    assertComplete(db, meeting.id, 'submit');
    // Diajukan locks the meeting: a timer still running stops here instead of counting behind the lock.
    stopRunningItems(db, meeting.id, ctx);
    const now = wallClockAt(meeting.timeZone, ctx.now);
    const saved = step(
      db,
      meeting,
      'DIAJUKAN',
      { person: chair, note: input.note, decidedOn: now.date, decidedTime: now.time },
      ctx,
    );
    moveTo(db, meeting, 'DIAJUKAN', meeting.version, ctx);
    audit(db, ctx, meeting, saved, { status: 'DIAJUKAN' });
    return approvalState(db, meeting.id);
  })();
}

export function returnWithNotes(db: Db, input: ChairDecision & { notes: string }, ctx: WriteContext): ApprovalState {
  return db.transaction(() => {
    const meeting = getWorkflowMeeting(db, input.meetingId);
    if (meeting.status !== 'DIAJUKAN') throw new AppError('CONFLICT', NOT_SUBMITTED);
    const person = decidingPerson(db, input);
    assertDecisionDate(db, meeting, submittedStep(db, meeting), input, ctx);
    const saved = step(
      db,
      meeting,
      'DIKEMBALIKAN',
      { person, note: input.notes, decidedOn: input.decidedOn, decidedTime: input.decidedTime },
      ctx,
    );
    moveTo(db, meeting, 'DIKEMBALIKAN', meeting.version, ctx);
    audit(db, ctx, meeting, saved, { status: 'DIKEMBALIKAN' });
    return approvalState(db, meeting.id);
  })();
}

/** Approves the current version: snapshot, SHA-256 and verification code in `documents`, then the lock. */
export function approveMinutes(db: Db, input: ChairDecision, ctx: WriteContext): ApprovalState {
  return db.transaction(() => {
    const meeting = getWorkflowMeeting(db, input.meetingId);
    if (meeting.status === 'DISAHKAN') throw new AppError('CONFLICT', 'Versi ini sudah disahkan.');
    if (meeting.status !== 'DIAJUKAN') throw new AppError('CONFLICT', NOT_SUBMITTED);
    const person = decidingPerson(db, input);
    assertDecisionDate(db, meeting, submittedStep(db, meeting), input, ctx);
    assertComplete(db, meeting.id, 'approve');
    // The carried-over statuses stop following reports here, and go into the snapshot below.
    freezeCarryOver(db, meeting.id, input.decidedOn, ctx);
    const snapshot = buildCanonicalSnapshot(db, meeting.id, meeting.version);
    const documentId = randomUUID();
    const verificationCode = deriveVerificationCode(documentId, meeting.version, snapshot.sha256);
    const approvedBy = person.position ? `${person.name} (${person.position})` : person.name;
    insertApprovedVersion(
      db,
      {
        id: documentId,
        meetingId: meeting.id,
        version: meeting.version,
        canonicalJson: snapshot.json,
        sha256: snapshot.sha256,
        approvedAt: instantOf(meeting.timeZone, input.decidedOn, input.decidedTime),
        approvedBy,
        verificationCode,
      },
      ctx,
    );
    const saved = step(
      db,
      meeting,
      'DISAHKAN',
      { person, note: '', decidedOn: input.decidedOn, decidedTime: input.decidedTime },
      ctx,
    );
    moveTo(db, meeting, 'DISAHKAN', meeting.version, ctx);
    audit(db, ctx, meeting, saved, { status: 'DISAHKAN', sha256: snapshot.sha256, verificationCode });
    return approvalState(db, meeting.id);
  })();
}

/** "Buat revisi": the next version as a draft; the approved one keeps its snapshot. */
export function createRevision(
  db: Db,
  input: { meetingId: MeetingId; reason: string },
  ctx: WriteContext,
): ApprovalState {
  return db.transaction(() => {
    const meeting = getWorkflowMeeting(db, input.meetingId);
    if (meeting.status !== 'DISAHKAN')
      throw new AppError(
        'CONFLICT',
        'Revisi hanya dibuat dari notula yang sudah disahkan; versi ini masih dapat diubah.',
      );
    const now = wallClockAt(meeting.timeZone, ctx.now);
    const version = meeting.version + 1;
    const saved = step(
      db,
      meeting,
      'REVISI',
      { person: null, note: input.reason, decidedOn: now.date, decidedTime: now.time, version },
      ctx,
    );
    moveTo(db, meeting, 'DRAF', version, ctx);
    audit(db, ctx, meeting, saved, { status: 'DRAF' });
    return approvalState(db, meeting.id);
  })();
}

/** Every version, oldest first: how it was opened and, once approved, its record. */
export function listVersions(db: Db, meetingId: MeetingId): VersionInfo[] {
  const meeting = getWorkflowMeeting(db, meetingId);
  const approved = listApprovedVersions(db, meetingId);
  const revisions = listSteps(db, meetingId).filter((entry) => entry.step === 'REVISI');
  const versions: VersionInfo[] = [];
  for (let version = 1; version <= meeting.version; version += 1) {
    const opened = revisions.find((entry) => entry.version === version);
    const current = version === meeting.version;
    versions.push({
      version,
      status: current ? meeting.status : 'DISAHKAN',
      current,
      revisionReason: opened?.note ?? null,
      openedAt: opened?.recordedAt ?? null,
      approved: approved.find((doc) => doc.version === version) ?? null,
    });
  }
  return versions;
}
