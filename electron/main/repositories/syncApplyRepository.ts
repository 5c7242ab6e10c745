import type { Db } from '../db/connection';
import { SYNC_ENTITIES, type SyncEntity } from '../../../shared/domain/sync';
import { recordAudit } from './auditRepository';
import { cachedStatement, perConnectionCache } from './statementCache';
import { baseSeqOf, isQueued, recordConflict, rememberSeq } from './syncStateRepository';

/*
 * Pulled changes written into the desktop's tables (issue 20). One transaction per page; while it
 * runs sync_applying holds a row, so the outbox triggers of migration 0016 stand aside (a pulled
 * change never goes back) while the search and follow-up triggers keep their tables right as for
 * any write. Rows are upserted by id (never INSERT OR REPLACE: that deletes first and would
 * cascade to the children); a progress report is inserted once and never changed; a tombstone
 * soft-deletes where the desktop does and deletes an OPD owner as the desktop does.
 */

export type PulledChange = Readonly<{
  seq: number;
  entity: SyncEntity;
  id: string;
  row: Record<string, unknown> | null;
  by: string;
  replaced?: Readonly<{ row: Record<string, unknown> | null; by: string; seq: number }> | undefined;
}>;

export type ApplyOutcome = Readonly<{ applied: number; parked: number; skipped: number; conflicts: number }>;

const AUDIT_ENTITY: Record<SyncEntity, string> = {
  units: 'unit',
  people: 'person',
  series: 'series',
  meetings: 'meeting',
  documents: 'document',
  commitments: 'commitment',
  commitment_owners: 'commitment_owner',
  commitment_updates: 'commitment_update',
};

/** References to tables that do not sync: kept when the row exists here, else emptied. */
const LOCAL_ONLY_REFERENCES: Partial<Record<SyncEntity, ReadonlyArray<[column: string, table: string]>>> = {
  commitments: [['agenda_item_id', 'agenda_items']],
  commitment_updates: [['meeting_id', 'meetings']],
};

const SOFT_DELETED = new Set<SyncEntity>(['units', 'people', 'series', 'meetings', 'commitments']);

const columnCache = perConnectionCache<SyncEntity, ReadonlyArray<string>>();

function columnsOf(db: Db, entity: SyncEntity): ReadonlyArray<string> {
  return columnCache(db, entity, () =>
    (db.prepare(`SELECT name FROM pragma_table_info('${entity}')`).all() as Array<{ name: string }>).map(
      (row) => row.name,
    ),
  );
}

const camel = (name: string) => name.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());

/** The audit log's shape (camelCase, one name at every layer), so Riwayat reads a sync line like any other. */
function asDomain(row: Record<string, unknown> | null | undefined): Record<string, unknown> | undefined {
  if (!row) return undefined;
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [camel(key), value]));
}

function labelOf(row: Record<string, unknown> | null | undefined): string {
  if (!row) return '';
  for (const key of ['text', 'title', 'name', 'progress_text']) {
    const value = row[key];
    if (typeof value === 'string' && value.trim() !== '') return value.length > 120 ? `${value.slice(0, 119)}…` : value;
  }
  return '';
}

function meetingOf(db: Db, entity: SyncEntity, row: Record<string, unknown>): string | null {
  if (entity === 'meetings') return typeof row['id'] === 'string' ? row['id'] : null;
  if (typeof row['meeting_id'] === 'string') return row['meeting_id'];
  if (entity === 'commitment_owners') {
    const found = cachedStatement(db, 'SELECT meeting_id FROM commitments WHERE id = ?').get(row['commitment_id']) as
      { meeting_id: string } | undefined;
    return found?.meeting_id ?? null;
  }
  return null;
}

function withLocalReferences(db: Db, entity: SyncEntity, row: Record<string, unknown>): Record<string, unknown> {
  const references = LOCAL_ONLY_REFERENCES[entity];
  if (!references) return row;
  const local = cachedStatement(db, `SELECT * FROM ${entity} WHERE id = ?`).get(row['id']) as
    Record<string, unknown> | undefined;
  const adjusted = { ...row };
  for (const [column, table] of references) {
    const value = adjusted[column];
    const known = value != null && cachedStatement(db, `SELECT 1 FROM ${table} WHERE id = ?`).get(value) !== undefined;
    if (!known) adjusted[column] = local?.[column] ?? null;
  }
  return adjusted;
}

/*
 * An existing row is UPDATEd, a new one INSERTed, as two plain statements: an upsert's ON CONFLICT
 * would become the conflict policy of the statements inside the follow-up triggers of 0015 (their
 * INSERT OR IGNORE then fails instead of ignoring).
 */
function upsert(db: Db, entity: SyncEntity, row: Record<string, unknown>): void {
  const columns = columnsOf(db, entity).filter((column) => column in row);
  const values = Object.fromEntries(columns.map((column) => [column, toSqlite(row[column])]));
  const exists = cachedStatement(db, `SELECT 1 FROM ${entity} WHERE id = ?`).get(row['id']) !== undefined;
  if (exists) {
    // A report is never changed once made (append-only on every side).
    if (entity === 'commitment_updates') return;
    const sets = columns
      .filter((column) => column !== 'id')
      .map((column) => `${column} = @${column}`)
      .join(', ');
    cachedStatement(db, `UPDATE ${entity} SET ${sets} WHERE id = @id`).run(values);
    return;
  }
  const names = columns.join(', ');
  const params = columns.map((column) => `@${column}`).join(', ');
  cachedStatement(db, `INSERT INTO ${entity} (${names}) VALUES (${params})`).run(values);
}

function toSqlite(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return value ?? null;
}

function tombstone(db: Db, entity: SyncEntity, id: string, now: number): void {
  if (SOFT_DELETED.has(entity)) {
    cachedStatement(
      db,
      `UPDATE ${entity} SET deleted_at = @now, updated_at = @now WHERE id = @id AND deleted_at IS NULL`,
    ).run({ id, now });
  } else if (entity === 'commitment_owners') {
    cachedStatement(db, 'DELETE FROM commitment_owners WHERE id = ?').run(id);
  }
  // documents and commitment_updates are never deleted: an approved version and a report stay.
}

function isForeignKeyError(error: unknown): boolean {
  return (error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

type Context = Readonly<{ now: number; me: string }>;

/** One change, in a savepoint: a missing parent parks it for a later page, any other refusal skips it. */
function applyOne(db: Db, change: PulledChange, ctx: Context): 'applied' | 'parked' | 'skipped' {
  try {
    db.transaction(() => {
      if (change.row === null) tombstone(db, change.entity, change.id, ctx.now);
      else upsert(db, change.entity, withLocalReferences(db, change.entity, { ...change.row, id: change.id }));
    })();
  } catch (error) {
    if (isForeignKeyError(error)) {
      cachedStatement(
        db,
        `INSERT INTO sync_parked (entity, row_id, seq, change_json) VALUES (?, ?, ?, ?)
         ON CONFLICT (entity, row_id) DO UPDATE SET seq = excluded.seq, change_json = excluded.change_json`,
      ).run(change.entity, change.id, change.seq, JSON.stringify(change));
      return 'parked';
    }
    recordConflict(db, {
      at: ctx.now,
      kind: 'refused',
      entity: change.entity,
      rowId: change.id,
      label: labelOf(change.row),
      otherBy: change.by,
      seq: change.seq,
      message: `Perubahan dari server tidak dapat diterapkan: ${error instanceof Error ? error.message : String(error)}`,
      lostRow: change.row,
    });
    return 'skipped';
  }
  cachedStatement(db, 'DELETE FROM sync_parked WHERE entity = ? AND row_id = ? AND seq <= ?').run(
    change.entity,
    change.id,
    change.seq,
  );
  rememberSeq(db, change.entity, change.id, change.seq);
  return 'applied';
}

/** Her change was overwritten by a later one: kept in sync_conflicts and in the row's Riwayat (the loser's version). */
function recordLoss(db: Db, change: PulledChange, ctx: Context): void {
  const lost = change.replaced?.row ?? null;
  // She recognises her own version; the one that stands now goes beside it.
  const label = labelOf(lost) || labelOf(change.row);
  recordConflict(db, {
    at: ctx.now,
    kind: 'conflict',
    entity: change.entity,
    rowId: change.id,
    label,
    otherBy: change.by,
    seq: change.seq,
    message: labelOf(change.row),
    lostRow: lost,
  });
  const row = change.row ?? lost;
  recordAudit(db, {
    at: ctx.now,
    actor: change.by,
    entity: AUDIT_ENTITY[change.entity],
    entityId: change.id,
    meetingId: row ? meetingOf(db, change.entity, row) : null,
    operation: change.row === null ? 'delete' : 'update',
    before: asDomain(lost),
    after: asDomain(change.row),
  });
}

/** Pulled changes in the order they can apply: a parent table's rows before its children's, then by sequence. */
function parentsFirst(a: PulledChange, b: PulledChange): number {
  return SYNC_ENTITIES.indexOf(a.entity) - SYNC_ENTITIES.indexOf(b.entity) || a.seq - b.seq;
}

/**
 * Applies one pulled page and moves last_seq to its end, all in one transaction. A row she
 * changed here and has not pushed yet is left as she has it (her push comes next and wins by
 * the later sequence; its base_seq stays the older one, so the server records the conflict).
 */
export function applyPulledPage(
  db: Db,
  changes: ReadonlyArray<PulledChange>,
  lastSeq: number,
  ctx: Context,
): ApplyOutcome {
  return db.transaction(() => {
    cachedStatement(db, 'INSERT INTO sync_applying (active) VALUES (1)').run();
    let applied = 0;
    let skipped = 0;
    let conflicts = 0;
    const ordered = [...changes].sort(parentsFirst);
    for (const change of ordered) {
      if (change.replaced && change.replaced.by === ctx.me && change.by !== ctx.me) {
        recordLoss(db, change, ctx);
        conflicts += 1;
      }
      // Her own push coming back (the seq its answer gave): the row is already this version.
      if (baseSeqOf(db, change.entity, change.id) === change.seq) continue;
      if (isQueued(db, change.entity, change.id)) {
        skipped += 1;
        continue;
      }
      const outcome = applyOne(db, change, ctx);
      if (outcome === 'applied') applied += 1;
      if (outcome === 'skipped') skipped += 1;
    }
    applied += retryParked(db, ctx);
    cachedStatement(db, 'UPDATE sync_state SET last_seq = ? WHERE id = 1').run(lastSeq);
    cachedStatement(db, 'DELETE FROM sync_applying').run();
    const parked = (cachedStatement(db, 'SELECT count(*) AS n FROM sync_parked').get() as { n: number }).n;
    return { applied, parked, skipped, conflicts };
  })();
}

/** Parked rows whose parents may have arrived, parents first, until a round applies nothing. */
function retryParked(db: Db, ctx: Context): number {
  let total = 0;
  for (;;) {
    const parked = (cachedStatement(db, 'SELECT change_json FROM sync_parked').all() as Array<{ change_json: string }>)
      .map((row) => JSON.parse(row.change_json) as PulledChange)
      .sort(parentsFirst);
    let round = 0;
    for (const change of parked) if (applyOne(db, change, ctx) === 'applied') round += 1;
    total += round;
    if (round === 0) return total;
  }
}
