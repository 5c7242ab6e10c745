import type { Queryable } from '../db/pool';
import { columnNames, type Row } from '../registry/entities';
import { SYNC_ENTITIES, type SyncEntity } from '../../shared/domain/sync';

// Entity and column names below come from registry/entities.ts (fixed lists), never from a request.

/** Every registry write holds this lock until it commits, so rows commit in seq order (see pull). */
const REGISTRY_WRITE_LOCK = 0x5253_5751; // "RSWQ"

export async function lockRegistryWrites(db: Queryable): Promise<void> {
  await db.query('SELECT pg_advisory_xact_lock($1)', [REGISTRY_WRITE_LOCK]);
}

export async function nextSeq(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ seq: number }>("SELECT nextval('registry_seq') AS seq");
  return rows[0]!.seq;
}

export async function lastSeq(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ seq: number | null }>(
    `SELECT max(seq) AS seq FROM (${SYNC_ENTITIES.map((entity) => `SELECT max(seq) AS seq FROM ${entity}`).join(' UNION ALL ')}) s`,
  );
  return rows[0]?.seq ?? 0;
}

export type StoredRow = Readonly<{ row: Row; seq: number; createdBy: string; updatedBy: string; deleted: boolean }>;

type RawStored = Record<string, string | number | null> & {
  seq: number;
  created_by: string;
  updated_by: string;
  deleted: boolean;
};

function toStored(entity: SyncEntity, raw: RawStored): StoredRow {
  const row = Object.fromEntries(columnNames(entity).map((name) => [name, raw[name] ?? null])) as Row;
  return { row, seq: raw.seq, createdBy: raw.created_by, updatedBy: raw.updated_by, deleted: raw.deleted };
}

export async function findRow(db: Queryable, entity: SyncEntity, id: string): Promise<StoredRow | null> {
  const { rows } = await db.query<RawStored>(`SELECT * FROM ${entity} WHERE id = $1`, [id]);
  return rows[0] ? toStored(entity, rows[0]) : null;
}

export async function rowExists(db: Queryable, entity: SyncEntity, id: string): Promise<boolean> {
  const { rowCount } = await db.query(`SELECT 1 FROM ${entity} WHERE id = $1`, [id]);
  return (rowCount ?? 0) > 0;
}

/**
 * Inserts or replaces a row (the tombstone flag cleared: a row sent again is live again) under
 * `seq`, or under the sequence's next value when null; answers the seq written.
 */
export async function writeRow(
  db: Queryable,
  entity: SyncEntity,
  row: Row,
  seq: number | null,
  accountId: string,
): Promise<number> {
  const columns = columnNames(entity);
  const values = columns.map((name) => row[name] ?? null);
  const placeholders = columns.map((_, index) => `$${index + 1}`);
  const n = columns.length;
  const updates = columns.filter((name) => name !== 'id').map((name) => `${name} = EXCLUDED.${name}`);
  const { rows } = await db.query<{ seq: number }>(
    `INSERT INTO ${entity} (${columns.join(', ')}, seq, updated_by, created_by, deleted)
     VALUES (${placeholders.join(', ')}, coalesce($${n + 1}::bigint, nextval('registry_seq')), $${n + 2}, $${n + 2}, false)
     ON CONFLICT (id) DO UPDATE SET ${updates.join(', ')}, seq = EXCLUDED.seq, updated_by = EXCLUDED.updated_by, deleted = false
     RETURNING seq`,
    [...values, seq, accountId],
  );
  return rows[0]!.seq;
}

/** Turns a row into a tombstone under the sequence's next value; answers that seq. */
export async function markDeleted(db: Queryable, entity: SyncEntity, id: string, accountId: string): Promise<number> {
  const { rows } = await db.query<{ seq: number }>(
    `UPDATE ${entity} SET deleted = true, seq = nextval('registry_seq'), updated_by = $2 WHERE id = $1 RETURNING seq`,
    [id, accountId],
  );
  return rows[0]!.seq;
}

export type Conflict = Readonly<{
  entity: SyncEntity;
  id: string;
  lostRow: Row | null;
  lostBy: string;
  lostSeq: number;
  wonSeq: number;
  wonBy: string;
}>;

export async function recordConflict(db: Queryable, conflict: Conflict): Promise<void> {
  await db.query(
    `INSERT INTO sync_conflicts (entity, entity_id, lost_row, lost_by, lost_seq, won_seq, won_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      conflict.entity,
      conflict.id,
      conflict.lostRow === null ? null : JSON.stringify(conflict.lostRow),
      conflict.lostBy,
      conflict.lostSeq,
      conflict.wonSeq,
      conflict.wonBy,
    ],
  );
}

/** The account that first pushed the meeting a meeting-owned row belongs to. */
export async function meetingCreator(db: Queryable, meetingId: string): Promise<string | null> {
  const { rows } = await db.query<{ created_by: string }>('SELECT created_by FROM meetings WHERE id = $1', [meetingId]);
  return rows[0]?.created_by ?? null;
}

export async function commitmentMeeting(db: Queryable, commitmentId: string): Promise<string | null> {
  const { rows } = await db.query<{ meeting_id: string }>('SELECT meeting_id FROM commitments WHERE id = $1', [
    commitmentId,
  ]);
  return rows[0]?.meeting_id ?? null;
}

export async function linkEvidence(db: Queryable, updateId: string, hashes: ReadonlyArray<string>): Promise<void> {
  if (hashes.length === 0) return;
  await db.query('INSERT INTO file_refs (sha256, update_id) SELECT unnest($1::text[]), $2 ON CONFLICT DO NOTHING', [
    hashes,
    updateId,
  ]);
}

/** The stored rows among `ids`, by id (one query for a whole push). */
export async function findRows(
  db: Queryable,
  entity: SyncEntity,
  ids: ReadonlyArray<string>,
): Promise<Map<string, StoredRow>> {
  if (ids.length === 0) return new Map();
  const { rows } = await db.query<RawStored>(`SELECT * FROM ${entity} WHERE id = ANY($1::text[])`, [ids]);
  return new Map(rows.map((raw) => [String(raw['id']), toStored(entity, raw)]));
}

/** Which of `ids` the server holds (tombstones included). */
export async function existingIds(db: Queryable, entity: SyncEntity, ids: ReadonlyArray<string>): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const { rows } = await db.query<{ id: string }>(`SELECT id FROM ${entity} WHERE id = ANY($1::text[])`, [ids]);
  return new Set(rows.map((row) => row.id));
}

/** One text column of the rows among `ids`, by id: what the push rules ask of a whole push at once. */
async function columnById(
  db: Queryable,
  table: 'meetings' | 'commitments',
  column: 'created_by' | 'meeting_id',
  ids: ReadonlyArray<string>,
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const { rows } = await db.query<{ id: string; value: string }>(
    `SELECT id, ${column} AS value FROM ${table} WHERE id = ANY($1::text[])`,
    [ids],
  );
  return new Map(rows.map((row) => [row.id, row.value]));
}

/** Who created each meeting: a secretary may only change her own meetings' rows. */
export function meetingCreators(db: Queryable, ids: ReadonlyArray<string>): Promise<Map<string, string>> {
  return columnById(db, 'meetings', 'created_by', ids);
}

/** The meeting of each commitment: an owner row belongs to its commitment's meeting. */
export function commitmentMeetings(db: Queryable, ids: ReadonlyArray<string>): Promise<Map<string, string>> {
  return columnById(db, 'commitments', 'meeting_id', ids);
}
