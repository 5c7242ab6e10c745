import type { Db } from '../db/connection';
import type { PersonId, UnitId } from '../../../shared/domain/ids';
import type { Person, PersonFields } from '../../../shared/domain/masterData';
import { formatNip } from '../../../shared/domain/nip';
import type { PersonListQuery } from '../../../shared/ipc/masterDataContract';
import { AppError } from '../../../shared/ipc/result';
import { likePattern } from './searchPattern';
import { cachedStatement } from './statementCache';
import type { WriteContext } from './writeContext';
import { insertActiveRow, selectFields, updateFieldsById } from './fieldSql';
import { auditedChange, recordKind, restoreRecord, setRecordActive, softDeleteRecord } from './recordLifecycle';
import { fieldKeys } from '../../../shared/records/fieldRegistry';
import { PERSON_FIELDS } from '../../../shared/records/personFields';
import { assertFieldFree } from './uniqueFields';

/** A row keyed as the domain type is (fieldSql.ts), with SQLite's 0/1 for the flags. */
type PersonRow = Omit<Person, 'isPolitical' | 'active'> & { isPolitical: number; active: number };

const KEYS = fieldKeys(PERSON_FIELDS);
const SELECT = `SELECT p.id, ${selectFields(KEYS, 'p')}, u.name AS unitName,
  p.active, p.created_at AS createdAt, p.updated_at AS updatedAt
  FROM people p LEFT JOIN units u ON u.id = p.unit_id`;

function toPerson(row: PersonRow): Person {
  return { ...row, isPolitical: row.isPolitical === 1, active: row.active === 1 };
}

/**
 * People by name. A query matches name, jabatan, unit name or short name, and the NIP
 * (typed with or without its spaces).
 */
export function listPeople(db: Db, input: PersonListQuery): ReadonlyArray<Person> {
  const query = input.query?.trim() ?? '';
  const digits = query.replace(/[\s.-]/g, '');
  const rows = db
    .prepare(
      `${SELECT}
       WHERE p.deleted_at IS NULL
         AND (@all = 1 OR p.active = 1)
         AND (@unit IS NULL OR p.unit_id = @unit)
         AND (@q = '' OR p.name LIKE @p ESCAPE '\\' OR p.position LIKE @p ESCAPE '\\'
              OR u.name LIKE @p ESCAPE '\\' OR u.short_name LIKE @p ESCAPE '\\'
              OR (@digits <> '' AND p.nip LIKE @nipPattern ESCAPE '\\'))
       ORDER BY p.active DESC, p.name COLLATE NOCASE, p.id`,
    )
    .all({
      all: input.includeInactive ? 1 : 0,
      unit: input.unitId ?? null,
      q: query,
      p: likePattern(query),
      digits: /^\d+$/.test(digits) ? digits : '',
      nipPattern: likePattern(digits),
    }) as PersonRow[];
  return rows.map(toPerson);
}

export function getPerson(db: Db, id: PersonId): Person {
  const row = db.prepare(`${SELECT} WHERE p.id = ? AND p.deleted_at IS NULL`).get(id) as PersonRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Pejabat tidak ditemukan; mungkin sudah dihapus.');
  return toPerson(row);
}

/** The person even when soft-deleted: a signer of an old meeting still signs it. */
export function findPersonEvenDeleted(db: Db, id: PersonId): Person | null {
  const row = cachedStatement(db, `${SELECT} WHERE p.id = ?`).get(id) as PersonRow | undefined;
  return row ? toPerson(row) : null;
}

const PERSON = recordKind(
  'people',
  'person',
  (db, id) => getPerson(db, id as PersonId),
  'Pejabat yang dihapus tidak ditemukan, sehingga tidak dapat dikembalikan.',
);

/** A NIP belongs to one person; the unique index says so too, this gives the message. */
function assertNipFree(db: Db, nip: string | null, exceptId: PersonId | null): void {
  assertFieldFree(
    db,
    'personNip',
    nip,
    exceptId,
    (holder, value) => `NIP ${formatNip(value)} sudah terdaftar atas nama ${holder}`,
  );
}

function assertUnitUsable(db: Db, unitId: UnitId | null): void {
  if (unitId === null) return;
  const found = db.prepare('SELECT 1 FROM units WHERE id = ? AND deleted_at IS NULL').get(unitId);
  if (!found) throw new AppError('NOT_FOUND', 'OPD yang dipilih tidak ditemukan; pilih OPD dari daftar.');
}

/** Inserts without a transaction or audit of its own: callers (create, import) provide both. */
function insertPersonRow(db: Db, input: PersonFields, ctx: WriteContext): PersonId {
  return insertActiveRow(db, 'people', KEYS, input, ctx) as PersonId;
}

export function createPerson(db: Db, input: PersonFields, ctx: WriteContext): Person {
  return db.transaction(() => {
    assertUnitUsable(db, input.unitId);
    assertNipFree(db, input.nip, null);
    const created = getPerson(db, insertPersonRow(db, input, ctx));
    PERSON.audit(db, ctx, created, 'create', undefined, created);
    return created;
  })();
}

export function updatePerson(db: Db, input: PersonFields & { id: PersonId }, ctx: WriteContext): Person {
  return auditedChange(db, PERSON, input.id, ctx, () => {
    assertUnitUsable(db, input.unitId);
    assertNipFree(db, input.nip, input.id);
    updateFieldsById(db, 'people', KEYS, input, ctx);
  });
}

export function setPersonActive(db: Db, id: PersonId, active: boolean, ctx: WriteContext): Person {
  return setRecordActive(db, PERSON, id, active, ctx);
}

/** Meetings that name the person (chair, secretary, notulis, attendee, presenter). */
function personMeetingCount(db: Db, id: PersonId): number {
  const row = db
    .prepare(
      `SELECT COUNT(*) AS n FROM (
         SELECT id AS meeting_id FROM meetings WHERE deleted_at IS NULL
           AND (chair_person_id = @id OR secretary_person_id = @id OR notulis_person_id = @id)
         UNION SELECT meeting_id FROM attendance WHERE person_id = @id
         UNION SELECT meeting_id FROM agenda_items WHERE presenter_person_id = @id)`,
    )
    .get({ id }) as { n: number };
  return row.n;
}

export function deletePerson(db: Db, id: PersonId, ctx: WriteContext): { id: PersonId } {
  return softDeleteRecord(db, PERSON, id, ctx, (before) => {
    const meetings = personMeetingCount(db, id);
    if (meetings > 0) {
      throw new AppError(
        'CONFLICT',
        `${before.name} tidak dapat dihapus karena tercatat di ${meetings} rapat. Nonaktifkan saja agar tidak muncul lagi di pilihan.`,
      );
    }
  });
}

export function restorePerson(db: Db, id: PersonId, ctx: WriteContext): Person {
  return restoreRecord(db, PERSON, id, ctx, 'nip, unit_id', (row: { nip: string | null; unit_id: UnitId | null }) => {
    assertNipFree(db, row.nip, id);
    assertUnitUsable(db, row.unit_id);
  });
}
