import type { Db } from '../db/connection';

/*
 * SQL of `npm run seed:big -- --from DIR` (services/seed/replicateArchive.ts): a large archive
 * made from a seed:big archive by copying its meetings, and everything under them, into
 * earlier years. Row by row through the repositories, scale 10 takes about eight hours; as
 * INSERT ... SELECT from the attached source, with the derived data (search index, follow-up
 * counters, secondary indexes) made once afterwards rather than by per-row triggers, it is
 * a matter of minutes. For seed:big only: the app never calls this.
 */

/** The meeting tables copied, parents first, with the columns that hold ids of copied rows. */
const COPIED: ReadonlyArray<readonly [string, ReadonlyArray<string>]> = [
  ['meetings', ['id']],
  ['agenda_items', ['id', 'meeting_id']],
  ['attendance', ['id', 'meeting_id']],
  ['minute_sections', ['id', 'meeting_id', 'agenda_item_id']],
  ['decisions', ['id', 'meeting_id', 'agenda_item_id']],
  ['commitments', ['id', 'meeting_id', 'agenda_item_id']],
  ['commitment_owners', ['id', 'commitment_id']],
  ['commitment_updates', ['id', 'owner_id', 'meeting_id']],
  ['audit_log', ['entity_id', 'meeting_id']],
];
const COPIED_NAMES = new Set(COPIED.map(([table]) => table));
/** Calendar dates ('YYYY-MM-DD') moved back by the copy's whole years. */
const DATE_COLUMNS = new Set(['date', 'invitation_date', 'due_date', 'reported_on']);
/** Epoch milliseconds moved back by the same years. */
const MS_COLUMNS = new Set(['created_at', 'updated_at', 'deleted_at', 'actual_start_at', 'actual_end_at', 'at']);
const OPEN = "('BELUM', 'PROSES')";
/*
 * Of the copied owners still open in the source, 1 in ~85 (by the last two hex digits of the
 * owner's id, so the same in every copy) stays open and late: an item forgotten for years.
 * The rest were settled long ago: ~92% Selesai, the others Tidak dapat dilaksanakan, each with
 * the closing progress report such an owner would have sent.
 */
const HASH =
  "((instr('0123456789abcdef', substr(o.id, 35, 1)) - 1) * 16 + instr('0123456789abcdef', substr(o.id, 36, 1)) - 1)";
const STAYS_OPEN = `${HASH} < 3`;
const CLOSED_STATUS = `CASE WHEN ${HASH} < 23 THEN 'TIDAK_DAPAT' ELSE 'SELESAI' END`;
/** An owner (alias o) the copy settles. */
const CLOSES = `o.status IN ${OPEN} AND NOT ${STAYS_OPEN}`;
export const CLOSING_TEXT = {
  SELESAI: 'Telah selesai dilaksanakan; dilaporkan pada evaluasi tindak lanjut akhir tahun.',
  TIDAK_DAPAT: 'Tidak dapat dilaksanakan; ditutup pada evaluasi tindak lanjut akhir tahun.',
} as const;

type Saved = ReadonlyArray<{ name: string; sql: string }>;

const shiftDate = (column: string, years: number) => `date(${column}, '-${years} years')`;
const shiftMs = (column: string, years: number) =>
  `CAST(round((julianday(${column} / 1000.0, 'unixepoch', '-${years} years') - 2440587.5) * 86400000) AS INTEGER)`;

/** Ids of a copy: the first 8 hex digits XOR a constant per copy, so each copy's ids differ from the source's and each other's and keep the UUID's form. */
export function replicaId(id: string | null, copy: number): string | null {
  if (id === null) return null;
  const head = Number.parseInt(id.slice(0, 8), 16);
  if (!/^[0-9a-f]{8}-/.test(id) || !Number.isFinite(head)) return `${id}~${copy}`;
  const mixed = (head ^ Math.imul(copy, 0x9e3779b1)) >>> 0;
  return `${mixed.toString(16).padStart(8, '0')}${id.slice(8)}`;
}

export function attachSource(db: Db, file: string): void {
  db.function('replica_id', { deterministic: true }, (id: unknown, copy: unknown) =>
    replicaId(typeof id === 'string' ? id : null, Number(copy)),
  );
  // Only read (every write names main.): the source archive stays as it was.
  db.prepare('ATTACH DATABASE ? AS src').run(file);
}

export function detachSource(db: Db): void {
  db.exec('DETACH DATABASE src');
}

/** What the copy cannot carry honestly: rows of meeting tables it does not copy (approvals, documents, carry-over). */
export function uncopiedMeetingRows(db: Db): string[] {
  const tables = db
    .prepare("SELECT name FROM src.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%'")
    .pluck()
    .all() as string[];
  const found: string[] = [];
  for (const table of tables) {
    if (COPIED_NAMES.has(table)) continue;
    const parents = (db.pragma(`src.foreign_key_list(${table})`) as Array<{ table: string }>).map((fk) => fk.table);
    if (!parents.some((parent) => COPIED_NAMES.has(parent) && parent !== 'audit_log')) continue;
    if (table.startsWith('follow_up_')) continue; // derived: rebuilt afterwards
    const rows = db.prepare(`SELECT count(*) FROM src.${table}`).pluck().get() as number;
    if (rows > 0) found.push(`${table} (${rows})`);
  }
  return found;
}

export function schemaVersions(db: Db): { main: number; src: number } {
  return {
    main: db.pragma('main.user_version', { simple: true }) as number,
    src: db.pragma('src.user_version', { simple: true }) as number,
  };
}

/** Every trigger, and the secondary indexes of the copied tables, out of the way of the copy (their SQL is kept to restore them). */
export function dropTriggersAndIndexes(db: Db): { triggers: Saved; indexes: Saved } {
  const triggers = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'").all() as Saved;
  const indexes = (
    db
      .prepare("SELECT name, tbl_name AS tbl, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL")
      .all() as Array<{
      name: string;
      tbl: string;
      sql: string;
    }>
  ).filter((index) => COPIED_NAMES.has(index.tbl));
  for (const trigger of triggers) db.exec(`DROP TRIGGER "${trigger.name}"`);
  for (const index of indexes) db.exec(`DROP INDEX "${index.name}"`);
  return { triggers, indexes };
}

export function restoreTriggersAndIndexes(db: Db, saved: { triggers: Saved; indexes: Saved }): void {
  for (const index of saved.indexes) db.exec(index.sql);
  for (const trigger of saved.triggers) db.exec(trigger.sql);
}

function columnsOf(db: Db, table: string): string[] {
  return (db.pragma(`main.table_xinfo(${table})`) as Array<{ name: string; hidden: number }>)
    .filter((column) => column.hidden === 0 && !(table === 'audit_log' && column.name === 'seq'))
    .map((column) => column.name);
}

function expressionFor(table: string, column: string, ids: ReadonlyArray<string>, copy: number, years: number): string {
  const source = `s.${column}`;
  if (ids.includes(column)) return `replica_id(${source}, ${copy})`;
  if (table === 'meetings' && column === 'title')
    return `replace(${source}, substr(s.date, 1, 4), substr(${shiftDate('s.date', years)}, 1, 4))`;
  if (DATE_COLUMNS.has(column)) return shiftDate(source, years);
  if (MS_COLUMNS.has(column)) return shiftMs(source, years);
  if (table === 'commitment_owners' && column === 'status')
    return `CASE WHEN ${CLOSES.replaceAll('o.', 's.')} THEN ${CLOSED_STATUS.replaceAll('o.id', 's.id')} ELSE s.status END`;
  if (table === 'commitment_owners' && column === 'status_reason')
    return `CASE WHEN ${CLOSES.replaceAll('o.', 's.')} AND ${CLOSED_STATUS.replaceAll('o.id', 's.id')} = 'TIDAK_DAPAT' THEN '${CLOSING_TEXT.TIDAK_DAPAT}' ELSE s.status_reason END`;
  return source;
}

/** One copy of every source meeting and what hangs under it, `years` earlier; returns the rows written per table. */
export function copyMeetings(db: Db, copy: number, years: number): Record<string, number> {
  const written: Record<string, number> = {};
  for (const [table, ids] of COPIED) {
    const columns = columnsOf(db, table);
    const select = columns.map((column) => expressionFor(table, column, ids, copy, years)).join(', ');
    // Only the audit of meetings: the source's audit of master data is not history of these meetings.
    const where = table === 'audit_log' ? ' WHERE s.meeting_id IS NOT NULL' : '';
    written[table] = db
      .prepare(`INSERT INTO main.${table} (${columns.join(', ')}) SELECT ${select} FROM src.${table} s${where}`)
      .run().changes;
  }
  // The closing report of each owner the copy settled (the source's last report said it was still open).
  written['closing reports'] = db
    .prepare(
      `INSERT INTO main.commitment_updates (id, owner_id, reported_on, status, progress_text, percent, created_at, updated_at, status_reason)
       SELECT new_uuid(), replica_id(r.id, @copy), r.on_day, r.status,
         CASE r.status WHEN 'SELESAI' THEN @done ELSE @cannot END, CASE r.status WHEN 'SELESAI' THEN 100 END,
         r.ms, r.ms, CASE r.status WHEN 'SELESAI' THEN '' ELSE @cannot END
       FROM (SELECT o.id, ${CLOSED_STATUS} AS status,
           ${shiftDate("coalesce(c.due_date, date(m.date, '+60 days'))", years)} AS on_day,
           ${shiftMs('c.created_at', years)} + 86400000 * 60 AS ms
         FROM src.commitment_owners o
         JOIN src.commitments c ON c.id = o.commitment_id
         JOIN src.meetings m ON m.id = c.meeting_id
         WHERE ${CLOSES}) r`,
    )
    .run({ copy, done: CLOSING_TEXT.SELESAI, cannot: CLOSING_TEXT.TIDAK_DAPAT }).changes;
  return written;
}

export function registerNewUuid(db: Db, make: () => string): void {
  db.function('new_uuid', { deterministic: false }, () => make());
}

/** The source's date range, to place the copies. */
export function sourceDates(db: Db): { first: string; last: string; meetings: number } {
  return db.prepare('SELECT min(date) AS first, max(date) AS last, count(*) AS meetings FROM src.meetings').get() as {
    first: string;
    last: string;
    meetings: number;
  };
}

export function tableCount(db: Db, table: string): number {
  return db.prepare(`SELECT count(*) FROM main.${table}`).pluck().get() as number;
}

export function setBulkPragmas(db: Db, on: boolean): void {
  if (on) {
    // A failed build is deleted by the script, so nothing here needs to survive a crash; a WAL
    // as large as the archive would not fit on the disk. (journal_mode = OFF is refused by
    // better-sqlite3's defensive mode; a memory journal holds only the pages a copy changes.)
    const mode = db.pragma('main.journal_mode = MEMORY', { simple: true });
    if (mode !== 'memory') throw new Error(`Mode jurnal tidak dapat diubah (${String(mode)}).`);
    db.pragma('synchronous = OFF');
    db.pragma('foreign_keys = OFF');
    db.pragma('cache_size = -1000000');
    // The sorts of the index and search rebuilds in memory: the disk holds the archive and little more.
    db.pragma('temp_store = MEMORY');
  } else {
    db.pragma('temp_store = DEFAULT');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('main.journal_mode = WAL');
  }
}

/** Fresh planner statistics (the copied ones describe the source); sampled, as `PRAGMA optimize` would. */
export function refreshStatistics(db: Db): void {
  db.pragma('analysis_limit = 1000');
  db.exec('ANALYZE');
}

export function integrityOk(db: Db): boolean {
  return db.pragma('integrity_check', { simple: true }) === 'ok';
}

export function foreignKeyViolations(db: Db): number {
  return (db.pragma('foreign_key_check') as unknown[]).length;
}
