import type { Db } from '../db/connection';
import type { WriteContext } from './writeContext';

export type AuditEntry = Readonly<{
  at: number;
  actor: string;
  entity: string;
  entityId: string;
  meetingId: string | null;
  operation: 'create' | 'update' | 'delete';
  before: unknown;
  after: unknown;
}>;

/** Append-only change record; callers write it inside the same transaction as the change. */
export function recordAudit(db: Db, entry: AuditEntry): void {
  db.prepare(
    `INSERT INTO audit_log (at, actor, entity, entity_id, meeting_id, operation, before_json, after_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    entry.at,
    entry.actor,
    entry.entity,
    entry.entityId,
    entry.meetingId,
    entry.operation,
    entry.before === undefined ? null : JSON.stringify(entry.before),
    entry.after === undefined ? null : JSON.stringify(entry.after),
  );
}

/** The row an audit entry is about: a meeting's (agenda, minutes...) or a global one (series, templates). */
export type AuditedRow = Readonly<{ id: string; meetingId?: string | null }>;

export type Auditor = (
  db: Db,
  ctx: WriteContext,
  row: AuditedRow,
  operation: AuditEntry['operation'],
  before: unknown,
  after: unknown,
) => void;

/** One repository's audit writer: who and when from the write's context, the meeting from the row. */
export function auditorFor(entity: string): Auditor {
  return (db, ctx, row, operation, before, after) =>
    recordAudit(db, {
      at: ctx.now,
      actor: ctx.actor,
      entity,
      entityId: row.id,
      meetingId: row.meetingId ?? null,
      operation,
      before,
      after,
    });
}

export type AuditRow = Readonly<{
  seq: number;
  at: number;
  actor: string;
  entity: string;
  entityId: string;
  operation: string;
}>;

export function listAuditForEntity(db: Db, entity: string, entityId: string): ReadonlyArray<AuditRow> {
  return db
    .prepare(
      `SELECT seq, at, actor, entity, entity_id AS entityId, operation
       FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY seq`,
    )
    .all(entity, entityId) as AuditRow[];
}
