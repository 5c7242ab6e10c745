import type { Db } from '../db/connection';
import { AppError } from '../../../shared/ipc/result';
import { auditorFor, type AuditedRow, type Auditor } from './auditRepository';
import type { WriteContext } from './writeContext';

/*
 * The lifecycle the records with a soft delete share (OPD in `units`, officials in `people`,
 * Keputusan in `decisions`, tindak lanjut in `commitments`): an audited change read before and after, Aktif/Nonaktif, a soft
 * delete refused while the record is in use or locked, and its undo. What differs (which uses
 * block a delete, what a restore must re-check) is passed in; the SQL stays in this folder.
 */
type Table = 'units' | 'people' | 'decisions' | 'commitments';

export type RecordKind<T extends AuditedRow> = Readonly<{
  table: Table;
  audit: Auditor;
  /** The live record, or NOT_FOUND in her words. */
  get: (db: Db, id: string) => T;
  /** Said when the deleted record to restore is not there. */
  notDeleted: string;
}>;

export function recordKind<T extends AuditedRow>(
  table: Table,
  entity: 'unit' | 'person' | 'decision' | 'commitment',
  get: (db: Db, id: string) => T,
  notDeleted: string,
): RecordKind<T> {
  return { table, audit: auditorFor(entity), get, notDeleted };
}

/** Runs `write` (given the record before it) in one transaction, reads the record after it and audits the change. */
export function auditedChange<T extends AuditedRow>(
  db: Db,
  kind: RecordKind<T>,
  id: string,
  ctx: WriteContext,
  write: (before: T) => void,
): T {
  return db.transaction(() => {
    const before = kind.get(db, id);
    write(before);
    const after = kind.get(db, id);
    kind.audit(db, ctx, after, 'update', before, after);
    return after;
  })();
}

/** Aktif/Nonaktif: an inactive record stays on old meetings but leaves the pickers. */
export function setRecordActive<T extends AuditedRow>(
  db: Db,
  kind: RecordKind<T>,
  id: string,
  active: boolean,
  ctx: WriteContext,
): T {
  return auditedChange(db, kind, id, ctx, () => {
    db.prepare(`UPDATE ${kind.table} SET active = ?, updated_at = ? WHERE id = ?`).run(active ? 1 : 0, ctx.now, id);
  });
}

/** Soft delete (undone by restoreRecord); `refuse` throws while the record is in use or may not change. */
export function softDeleteRecord<T extends AuditedRow, I extends string>(
  db: Db,
  kind: RecordKind<T>,
  id: I,
  ctx: WriteContext,
  refuse: (before: T) => void,
): { id: I } {
  return db.transaction(() => {
    const before = kind.get(db, id);
    refuse(before);
    db.prepare(`UPDATE ${kind.table} SET deleted_at = ?, updated_at = ? WHERE id = ?`).run(ctx.now, ctx.now, id);
    kind.audit(db, ctx, before, 'delete', before, undefined);
    return { id };
  })();
}

/**
 * The "Batalkan" of a delete. `check` gets the deleted row (the columns it names) and throws when
 * bringing it back would clash with a live record.
 */
export function restoreRecord<T extends AuditedRow, R>(
  db: Db,
  kind: RecordKind<T>,
  id: string,
  ctx: WriteContext,
  columns: string,
  check: (row: R) => void,
): T {
  return db.transaction(() => {
    const row = db.prepare(`SELECT ${columns} FROM ${kind.table} WHERE id = ? AND deleted_at IS NOT NULL`).get(id) as
      R | undefined;
    if (!row) throw new AppError('NOT_FOUND', kind.notDeleted);
    check(row);
    db.prepare(`UPDATE ${kind.table} SET deleted_at = NULL, updated_at = ? WHERE id = ?`).run(ctx.now, id);
    const after = kind.get(db, id);
    kind.audit(db, ctx, after, 'update', { deleted: true }, after);
    return after;
  })();
}
