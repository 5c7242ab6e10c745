import type { Db } from '../db/connection';
import type { UnitId } from '../../../shared/domain/ids';
import type { Unit, UnitFields } from '../../../shared/domain/masterData';
import type { UnitListQuery } from '../../../shared/ipc/masterDataContract';
import { AppError } from '../../../shared/ipc/result';
import { likePattern } from './searchPattern';
import type { WriteContext } from './writeContext';
import { insertActiveRow, selectFields, updateFieldsById } from './fieldSql';
import { auditedChange, recordKind, restoreRecord, setRecordActive, softDeleteRecord } from './recordLifecycle';
import { fieldKeys } from '../../../shared/records/fieldRegistry';
import { UNIT_FIELDS } from '../../../shared/records/unitFields';
import { assertFieldFree } from './uniqueFields';

/** A row keyed as the domain type is (fieldSql.ts), with SQLite's 0/1 for `active`. */
type UnitRow = Omit<Unit, 'active'> & { active: number };

const KEYS = fieldKeys(UNIT_FIELDS);
const COLUMNS = `id, ${selectFields(KEYS)}, active, created_at AS createdAt, updated_at AS updatedAt`;

function toUnit(row: UnitRow): Unit {
  return { ...row, active: row.active === 1 };
}

/** Active units by name; a query matches name, short name or code anywhere. */
export function listUnits(db: Db, input: UnitListQuery): ReadonlyArray<Unit> {
  const query = input.query?.trim() ?? '';
  const rows = db
    .prepare(
      `SELECT ${COLUMNS} FROM units
       WHERE deleted_at IS NULL
         AND (@all = 1 OR active = 1)
         AND (@q = '' OR name LIKE @p ESCAPE '\\' OR short_name LIKE @p ESCAPE '\\' OR code LIKE @p ESCAPE '\\')
       ORDER BY active DESC, name COLLATE NOCASE, id`,
    )
    .all({ all: input.includeInactive ? 1 : 0, q: query, p: likePattern(query) }) as UnitRow[];
  return rows.map(toUnit);
}

export function getUnit(db: Db, id: UnitId): Unit {
  const row = db.prepare(`SELECT ${COLUMNS} FROM units WHERE id = ? AND deleted_at IS NULL`).get(id) as
    UnitRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'OPD tidak ditemukan; mungkin sudah dihapus.');
  return toUnit(row);
}

const UNIT = recordKind(
  'units',
  'unit',
  (db, id) => getUnit(db, id as UnitId),
  'OPD yang dihapus tidak ditemukan, sehingga tidak dapat dikembalikan.',
);

/** Codes tie imported officials to their unit, so two live units may not share one. */
function assertUnitCodeFree(db: Db, code: string | null, exceptId: UnitId | null): void {
  assertFieldFree(
    db,
    'unitCode',
    code,
    exceptId,
    (holder, value) => `Kode OPD "${value}" sudah dipakai oleh ${holder}`,
  );
}

/** Inserts without a transaction or audit of its own: callers (create, import) provide both. */
function insertUnitRow(db: Db, input: UnitFields, ctx: WriteContext): UnitId {
  return insertActiveRow(db, 'units', KEYS, input, ctx) as UnitId;
}

export function createUnit(db: Db, input: UnitFields, ctx: WriteContext): Unit {
  return db.transaction(() => {
    assertUnitCodeFree(db, input.code, null);
    const created = getUnit(db, insertUnitRow(db, input, ctx));
    UNIT.audit(db, ctx, created, 'create', undefined, created);
    return created;
  })();
}

export function updateUnit(db: Db, input: UnitFields & { id: UnitId }, ctx: WriteContext): Unit {
  return auditedChange(db, UNIT, input.id, ctx, () => {
    assertUnitCodeFree(db, input.code, input.id);
    updateFieldsById(db, 'units', KEYS, input, ctx);
  });
}

export function setUnitActive(db: Db, id: UnitId, active: boolean, ctx: WriteContext): Unit {
  return setRecordActive(db, UNIT, id, active, ctx);
}

/** What still points at a unit; a referenced unit is deactivated, never deleted. */
function unitReferences(db: Db, id: UnitId): { people: number; meetings: number; commitments: number } {
  const count = (sql: string) => (db.prepare(sql).get(id) as { n: number }).n;
  return {
    people: count('SELECT COUNT(*) AS n FROM people WHERE unit_id = ? AND deleted_at IS NULL'),
    meetings: count('SELECT COUNT(DISTINCT meeting_id) AS n FROM attendance WHERE unit_id = ?'),
    commitments: count('SELECT COUNT(*) AS n FROM commitment_owners WHERE unit_id = ?'),
  };
}

export function deleteUnit(db: Db, id: UnitId, ctx: WriteContext): { id: UnitId } {
  return softDeleteRecord(db, UNIT, id, ctx, (before) => {
    const refs = unitReferences(db, id);
    const uses = [
      refs.people > 0 ? `${refs.people} pejabat` : '',
      refs.meetings > 0 ? `${refs.meetings} rapat` : '',
      refs.commitments > 0 ? `${refs.commitments} komitmen tindak lanjut` : '',
    ].filter(Boolean);
    if (uses.length > 0) {
      throw new AppError(
        'CONFLICT',
        `${before.name} tidak dapat dihapus karena masih dipakai oleh ${uses.join(', ')}. Nonaktifkan saja agar tidak muncul lagi di pilihan.`,
      );
    }
  });
}

export function restoreUnit(db: Db, id: UnitId, ctx: WriteContext): Unit {
  return restoreRecord(db, UNIT, id, ctx, 'code', (row: { code: string | null }) =>
    assertUnitCodeFree(db, row.code, id),
  );
}
