import type { Db } from '../db/connection';
import { type SyncConflictView, type SyncEntity, type SyncRole } from '../../../shared/domain/sync';
import { cachedStatement } from './statementCache';

/*
 * The desktop's side of the shared registry (migration 0016): the link (sync_state), the queue
 * of changed rows (sync_outbox, filled by triggers), the server sequence each row was last
 * seen at (sync_rows) and what the server told her (sync_conflicts).
 */

export type SyncAccount = Readonly<{
  id: string;
  username: string;
  display_name: string;
  role: SyncRole;
  unit_id: string | null;
}>;

export type SyncStateRow = Readonly<{
  tracking: number;
  serverUrl: string;
  username: string;
  account: SyncAccount | null;
  lastSeq: number;
  lastSyncAt: number | null;
  lastError: string | null;
}>;

type StateRow = {
  tracking: number;
  server_url: string;
  username: string;
  account_json: string | null;
  last_seq: number;
  last_sync_at: number | null;
  last_error: string | null;
};

export function readSyncState(db: Db): SyncStateRow {
  const row = db
    .prepare('SELECT tracking, server_url, username, account_json, last_seq, last_sync_at, last_error FROM sync_state')
    .get() as StateRow | undefined;
  if (!row)
    return { tracking: 0, serverUrl: '', username: '', account: null, lastSeq: 0, lastSyncAt: null, lastError: null };
  return {
    tracking: row.tracking,
    serverUrl: row.server_url,
    username: row.username,
    account: row.account_json ? (JSON.parse(row.account_json) as SyncAccount) : null,
    lastSeq: row.last_seq,
    lastSyncAt: row.last_sync_at,
    lastError: row.last_error,
  };
}

/**
 * Every synced row that exists now, queued once: the first link to a server sends the whole
 * registry. A master-data import's hidden rows too (the push holds them until published).
 */
const SEED = [
  `INSERT INTO sync_outbox (entity, row_id) SELECT 'units', id FROM units WHERE true`,
  `INSERT INTO sync_outbox (entity, row_id) SELECT 'people', id FROM people WHERE true`,
  `INSERT INTO sync_outbox (entity, row_id) SELECT 'series', id FROM series WHERE true`,
  `INSERT INTO sync_outbox (entity, row_id) SELECT 'meetings', id FROM meetings m
     WHERE EXISTS (SELECT 1 FROM documents d WHERE d.meeting_id = m.id)`,
  `INSERT INTO sync_outbox (entity, row_id) SELECT 'documents', id FROM documents WHERE true`,
  `INSERT INTO sync_outbox (entity, row_id) SELECT 'commitments', c.id FROM commitments c
     WHERE EXISTS (SELECT 1 FROM documents d WHERE d.meeting_id = c.meeting_id)`,
  `INSERT INTO sync_outbox (entity, row_id) SELECT 'commitment_owners', o.id FROM commitment_owners o
     JOIN commitments c ON c.id = o.commitment_id WHERE EXISTS (SELECT 1 FROM documents d WHERE d.meeting_id = c.meeting_id)`,
  `INSERT INTO sync_outbox (entity, row_id) SELECT 'commitment_updates', u.id FROM commitment_updates u
     JOIN commitment_owners o ON o.id = u.owner_id JOIN commitments c ON c.id = o.commitment_id
     WHERE EXISTS (SELECT 1 FROM documents d WHERE d.meeting_id = c.meeting_id)`,
].map((sql) => `${sql} ON CONFLICT (entity, row_id) DO NOTHING`);

/**
 * She logged in. A new server (or the first link ever) starts from nothing: sequences and
 * conflicts of another server mean nothing here, and the whole registry is queued. The same
 * server again (after "Keluar") keeps what waits and where the pull stood.
 */
export function saveLink(
  db: Db,
  input: Readonly<{ serverUrl: string; username: string; account: SyncAccount }>,
  now: number,
): void {
  db.transaction(() => {
    const before = readSyncState(db);
    const fresh = before.tracking !== 1 || before.serverUrl !== input.serverUrl;
    if (fresh) {
      db.prepare('DELETE FROM sync_rows').run();
      db.prepare('DELETE FROM sync_parked').run();
      db.prepare('DELETE FROM sync_conflicts').run();
      for (const sql of SEED) db.prepare(sql).run();
    }
    db.prepare(
      `INSERT INTO sync_state (id, tracking, server_url, username, account_json, last_seq, last_error, updated_at)
       VALUES (1, 1, @url, @username, @account, 0, NULL, @now)
       ON CONFLICT (id) DO UPDATE SET tracking = 1, server_url = @url, username = @username, account_json = @account,
         last_seq = CASE WHEN @fresh THEN 0 ELSE last_seq END,
         last_sync_at = CASE WHEN @fresh THEN NULL ELSE last_sync_at END, last_error = NULL, updated_at = @now`,
    ).run({
      url: input.serverUrl,
      username: input.username,
      account: JSON.stringify(input.account),
      now,
      fresh: fresh ? 1 : 0,
    });
  })();
}

/** "Keluar" or a session the server ended: no account; the triggers keep queueing for the next login. */
export function clearAccount(db: Db, now: number, error: string | null): void {
  db.prepare('UPDATE sync_state SET account_json = NULL, last_error = ?, updated_at = ?').run(error, now);
}

export function recordSyncResult(db: Db, now: number, error: string | null): void {
  if (error === null)
    db.prepare('UPDATE sync_state SET last_sync_at = ?, last_error = NULL, updated_at = ?').run(now, now);
  else db.prepare('UPDATE sync_state SET last_error = ?, updated_at = ?').run(error, now);
}

export type OutboxEntry = Readonly<{ entity: SyncEntity; rowId: string; version: number; attempts: number }>;

/** The next queued rows, parents first (then in the order they were queued). */
export function outboxPage(
  db: Db,
  limit: number,
  afterRank = -1,
  afterSeq = 0,
): Array<OutboxEntry & { rank: number; seq: number }> {
  const rows = cachedStatement(
    db,
    // rank is migration 0016's generated column: SYNC_ENTITIES' order, indexed with seq.
    `SELECT seq, entity, row_id, version, attempts, rank FROM sync_outbox
     WHERE (rank, seq) > (@afterRank, @afterSeq) ORDER BY rank, seq LIMIT @limit`,
  ).all({ limit, afterRank, afterSeq }) as Array<{
    seq: number;
    entity: SyncEntity;
    row_id: string;
    version: number;
    attempts: number;
    rank: number;
  }>;
  return rows.map((row) => ({
    seq: row.seq,
    rank: row.rank,
    entity: row.entity,
    rowId: row.row_id,
    version: row.version,
    attempts: row.attempts,
  }));
}

export function pendingCount(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM sync_outbox').get() as { n: number }).n;
}

/** The row as the push sends it: the table's own columns; undefined when it is gone (a tombstone). */
export function readSyncedRow(db: Db, entity: SyncEntity, id: string): Record<string, unknown> | undefined {
  return cachedStatement(db, `SELECT * FROM ${entity} WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
}

export function baseSeqOf(db: Db, entity: SyncEntity, id: string): number | null {
  const row = cachedStatement(db, 'SELECT seq FROM sync_rows WHERE entity = ? AND row_id = ?').get(entity, id) as
    { seq: number } | undefined;
  return row?.seq ?? null;
}

export function rememberSeq(db: Db, entity: SyncEntity, id: string, seq: number): void {
  cachedStatement(
    db,
    'INSERT INTO sync_rows (entity, row_id, seq) VALUES (?, ?, ?) ON CONFLICT (entity, row_id) DO UPDATE SET seq = excluded.seq',
  ).run(entity, id, seq);
}

/** The server has this version of the row: off the queue, unless she changed it again meanwhile. */
export function dequeue(db: Db, entry: OutboxEntry): void {
  cachedStatement(db, 'DELETE FROM sync_outbox WHERE entity = ? AND row_id = ? AND version = ?').run(
    entry.entity,
    entry.rowId,
    entry.version,
  );
}

export function countAttempt(db: Db, entry: OutboxEntry): void {
  cachedStatement(db, 'UPDATE sync_outbox SET attempts = attempts + 1 WHERE entity = ? AND row_id = ?').run(
    entry.entity,
    entry.rowId,
  );
}

export function isQueued(db: Db, entity: SyncEntity, id: string): boolean {
  return cachedStatement(db, 'SELECT 1 FROM sync_outbox WHERE entity = ? AND row_id = ?').get(entity, id) !== undefined;
}

export type ConflictRecord = Readonly<{
  at: number;
  kind: 'conflict' | 'refused';
  entity: SyncEntity;
  rowId: string;
  label: string;
  otherBy: string;
  seq: number | null;
  message: string;
  lostRow: unknown;
}>;

export function recordConflict(db: Db, record: ConflictRecord): void {
  cachedStatement(
    db,
    `INSERT INTO sync_conflicts (at, kind, entity, row_id, label, other_by, seq, message, lost_row_json)
     VALUES (@at, @kind, @entity, @rowId, @label, @otherBy, @seq, @message, @lost)`,
  ).run({ ...record, lost: record.lostRow === undefined ? null : JSON.stringify(record.lostRow) });
}

export function conflictCount(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM sync_conflicts').get() as { n: number }).n;
}

export function recentConflicts(db: Db, limit: number): SyncConflictView[] {
  const rows = db
    .prepare(`SELECT id, at, kind, entity, label, other_by, message FROM sync_conflicts ORDER BY id DESC LIMIT ?`)
    .all(limit) as Array<{
    id: number;
    at: number;
    kind: 'conflict' | 'refused';
    entity: SyncEntity;
    label: string;
    other_by: string;
    message: string;
  }>;
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    kind: row.kind,
    entity: row.entity,
    label: row.label,
    otherBy: row.other_by,
    message: row.message,
  }));
}

/**
 * A backup was restored: its queue and its place in the server's sequence are from the day it
 * was made. Pushing what it had queued would overwrite newer shared data with old (the later push
 * wins), so a queued row the server already knew is dropped and the next sync pulls everything
 * again: for the shared registry the server is the truth. Rows the server never saw stay queued.
 */
export function resetAfterRestore(db: Db): void {
  db.transaction(() => {
    db.prepare(
      `DELETE FROM sync_outbox WHERE EXISTS (SELECT 1 FROM sync_rows r
         WHERE r.entity = sync_outbox.entity AND r.row_id = sync_outbox.row_id)`,
    ).run();
    db.prepare('DELETE FROM sync_parked').run();
    db.prepare('UPDATE sync_state SET last_seq = 0').run();
  })();
}
