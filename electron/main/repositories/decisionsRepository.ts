import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import type { Decision, DecisionFields } from '../../../shared/domain/captures';
import type { DecisionId, MeetingId } from '../../../shared/domain/ids';
import { AppError } from '../../../shared/ipc/result';
import { auditorFor } from './auditRepository';
import { assertAgendaItemOfMeeting, assertMeetingExists, assertMinutesEditable } from './minutesChecks';
import { auditedChange, recordKind, restoreRecord, softDeleteRecord } from './recordLifecycle';
import type { WriteContext } from './writeContext';
import { nextPosition } from './meetingPosition';
import { selectRecord } from './fieldSql';

// Every field of a decision is its column under the same name (fieldSql.ts selectRecord).
const COLUMNS = selectRecord<Decision>()('id, meeting_id, agenda_item_id, text, position, created_at, updated_at');

const audit = auditorFor('decision');

/** Live decisions of a meeting in the order they were captured. */
export function listDecisions(db: Db, meetingId: MeetingId): ReadonlyArray<Decision> {
  assertMeetingExists(db, meetingId);
  return db
    .prepare(
      `SELECT ${COLUMNS} FROM decisions WHERE meeting_id = ? AND deleted_at IS NULL ORDER BY position, created_at`,
    )
    .all(meetingId) as Decision[];
}

const NOT_FOUND = 'Keputusan tidak ditemukan; mungkin sudah dihapus.';

function getDecision(db: Db, id: DecisionId): Decision {
  const decision = db.prepare(`SELECT ${COLUMNS} FROM decisions WHERE id = ? AND deleted_at IS NULL`).get(id) as
    Decision | undefined;
  if (!decision) throw new AppError('NOT_FOUND', NOT_FOUND);
  return decision;
}

const DECISION = recordKind('decisions', 'decision', (db, id) => getDecision(db, id as DecisionId), NOT_FOUND);

export function createDecision(db: Db, input: DecisionFields & { meetingId: MeetingId }, ctx: WriteContext): Decision {
  return db.transaction(() => {
    assertMinutesEditable(db, input.meetingId);
    assertAgendaItemOfMeeting(db, input.agendaItemId, input.meetingId);
    const position = nextPosition(db, 'decisions', input.meetingId);
    const id = randomUUID() as DecisionId;
    db.prepare(
      `INSERT INTO decisions (id, meeting_id, agenda_item_id, text, position, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, input.meetingId, input.agendaItemId, input.text, position, ctx.now, ctx.now);
    const created = getDecision(db, id);
    audit(db, ctx, created, 'create', undefined, created);
    return created;
  })();
}

export function updateDecision(db: Db, input: DecisionFields & { id: DecisionId }, ctx: WriteContext): Decision {
  return auditedChange(db, DECISION, input.id, ctx, (before) => {
    assertMinutesEditable(db, before.meetingId);
    assertAgendaItemOfMeeting(db, input.agendaItemId, before.meetingId);
    db.prepare('UPDATE decisions SET text = ?, agenda_item_id = ?, updated_at = ? WHERE id = ?').run(
      input.text,
      input.agendaItemId,
      ctx.now,
      input.id,
    );
  });
}

/** Soft delete, so the toast's "Batalkan" can bring it back with its place in the list. */
export function deleteDecision(db: Db, id: DecisionId, ctx: WriteContext): { id: DecisionId } {
  return softDeleteRecord(db, DECISION, id, ctx, (before) => assertMinutesEditable(db, before.meetingId));
}

export function restoreDecision(db: Db, id: DecisionId, ctx: WriteContext): Decision {
  return restoreRecord(db, DECISION, id, ctx, 'meeting_id', (row: { meeting_id: MeetingId }) =>
    assertMinutesEditable(db, row.meeting_id),
  );
}
