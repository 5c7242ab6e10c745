import type { Db } from '../db/connection';
import { discardPending, PENDING, PENDING_MEETING } from './masterImportStaging';

/*
 * Publishing a big import flips tens of thousands of hidden rows (masterImportStaging.ts) to
 * live. As one transaction it held every save for 0.2-1.4 s (issue 15), and SQLite has no
 * cheaper way to make a row visible: every live read asks `deleted_at IS NULL` of the row
 * itself. So the publish is split in two:
 *
 * 1. The decision, one tiny transaction (markPublishing, after the caller's last checks): from
 *    here on the import is saved. A crash or a kill after it is finished at the next start,
 *    before any write (settleUnfinishedImport); a crash before it drops the hidden rows.
 * 2. The flip, in short slices (publishSome), each in its own transaction, her saves answered
 *    between them. Rows already flipped are whole officials of a file that was checked and
 *    decided: seeing some of them a second early harms nothing, and none of her own rows is
 *    touched. Only a NIP she typed by hand between two slices can clash with a row still
 *    hidden: that row stays hidden (OR IGNORE) and is dropped at the end, her own row wins.
 */
const PUBLISHING_KEY = 'import.publishing';

/** Where the flip has got to: the last rowid of each table already passed; whether a row was left hidden. */
export type PublishCursor = { units: number; people: number; leftHidden: boolean };

export const startCursor = (): PublishCursor => ({ units: 0, people: 0, leftHidden: false });

/** The point of no return; call inside the transaction that made the import's last checks. */
export function markPublishing(db: Db, now: number): void {
  db.prepare(
    `INSERT INTO settings (key, value_json, updated_at) VALUES (?, 'true', ?)
     ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at`,
  ).run(PUBLISHING_KEY, now);
}

export function isPublishing(db: Db): boolean {
  return db.prepare('SELECT 1 FROM settings WHERE key = ?').get(PUBLISHING_KEY) !== undefined;
}

/**
 * Flips up to `rows` hidden rows of one table past the cursor, with their search entries, in the
 * caller's transaction; false when none is left. The rowid range keeps each call a short seek
 * (a scan for `deleted_at = -1` from the start would grow with every slice).
 */
function flipTable(db: Db, table: 'units' | 'people', cursor: PublishCursor, rows: number): boolean {
  const kind = table === 'units' ? 'unit' : 'person';
  const { last, hidden } = db
    .prepare(
      `SELECT max(rowid) AS last, count(*) AS hidden FROM
         (SELECT rowid FROM ${table} WHERE rowid > ? AND deleted_at = ${PENDING} ORDER BY rowid LIMIT ?)`,
    )
    .get(cursor[table], rows) as { last: number | null; hidden: number };
  if (last === null) return false;
  const from = cursor[table];
  const flipped = db
    .prepare(
      `UPDATE OR IGNORE ${table} SET deleted_at = NULL WHERE rowid > ? AND rowid <= ? AND deleted_at = ${PENDING}`,
    )
    .run(from, last).changes;
  if (flipped < hidden) cursor.leftHidden = true;
  // Only the entries of rows now live: one left hidden by a NIP clash keeps its entry hidden too.
  db.prepare(
    `UPDATE search_keys SET meeting_id = NULL
     WHERE kind = '${kind}' AND meeting_id = '${PENDING_MEETING}'
       AND entity_id IN (SELECT id FROM ${table} WHERE rowid > ? AND rowid <= ? AND deleted_at IS NULL)`,
  ).run(from, last);
  cursor[table] = last;
  return true;
}

/**
 * One slice of the flip, in the caller's transaction: units first (officials name them), then
 * officials. 0009 keeps the search update triggers out of it (the entries exist already); the
 * search_bulk row lives only inside this transaction, so her own edits between slices are
 * indexed as usual. False once nothing hidden is left past the cursor.
 */
export function publishSome(db: Db, cursor: PublishCursor, rows: number): boolean {
  db.prepare('INSERT INTO search_bulk (active) VALUES (1)').run();
  try {
    return flipTable(db, 'units', cursor, rows) || flipTable(db, 'people', cursor, rows);
  } finally {
    db.prepare('DELETE FROM search_bulk').run();
  }
}

/**
 * The flip is done: rows left hidden (a NIP clash) go, and the decision is cleared. Without a
 * clash the discard's scans of 100,000 rows are skipped: they are the one long write left.
 */
export function endPublishing(db: Db, cursor: PublishCursor | null = null): void {
  db.transaction(() => {
    if (cursor === null || cursor.leftHidden) discardPending(db);
    db.prepare('DELETE FROM settings WHERE key = ?').run(PUBLISHING_KEY);
  })();
}

/**
 * What an import cut off by a crash, a kill or a shutdown left, settled in one go (at the start,
 * before any write, or before the next import): decided -> finished, else -> dropped.
 */
export function settleUnfinishedImport(db: Db): 'published' | 'discarded' {
  if (!isPublishing(db)) {
    discardPending(db);
    return 'discarded';
  }
  const cursor = startCursor();
  db.transaction(() => {
    while (publishSome(db, cursor, 10_000));
  })();
  endPublishing(db);
  return 'published';
}
