import type { Db } from './connection';

/*
 * Keeping the full-text index merged (issue 17). FTS5 writes each transaction's terms as a new
 * segment and merges them only a little at a time (automerge), so an archive written by years of
 * saves, or by an import's slices, holds many segments; a lookup of one word then reads one b-tree
 * per segment, which is why the newest-first search of a word that matches nothing grew 18.8x from
 * scale 1 to scale 10 while the rows it returns did not. One merged segment makes that lookup one
 * b-tree walk.
 *
 * FTS5's 'merge' command does a bounded amount of that work per call (about `pages` leaf pages
 * written), so it can be run a step at a time between her requests (services/searchMaintenance.ts);
 * 'optimize' would do it all in one transaction (seconds on a big archive).
 */

/**
 * Leaf pages a step writes before it may stop: on the scale-1 seed archive a step's p50 was 8-16 ms
 * and its p95 41-77 ms. FTS5 stops only between two terms, so a step that reaches a long doclist
 * (a 2-letter prefix of the prefix index) writes it whole: the longest took 0.3-1.1 s at scale 1
 * and 1.0 s at scale 10 (issue 17, docs/PERFORMANCE.md); a smaller number would not shorten those.
 */
export const MERGE_STEP_PAGES = 100;

/** The structure record of an FTS5 index: the list of its segments (FTS5's own layout, fts5_index.c). */
const STRUCTURE_ROWID = 10;
/** A version 2 structure record carries this marker after its cookie. */
const STRUCTURE_V2 = [0xff, 0x00, 0x00, 0x01];

/** An SQLite varint (big-endian, 7 bits a byte, the 9th byte whole) and the offset after it. */
function readVarint(bytes: Uint8Array, at: number): [number, number] {
  let value = 0;
  for (let i = 0; i < 8; i += 1) {
    const byte = bytes[at + i];
    if (byte === undefined) throw new Error('structure record ends inside a varint');
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) return [value, at + i + 1];
  }
  const last = bytes[at + 8];
  if (last === undefined) throw new Error('structure record ends inside a varint');
  return [value * 256 + last, at + 9];
}

/**
 * How many segments the index is made of, read from its structure record (one row, a few bytes
 * read) rather than by counting `search_index_idx`, which holds a row per leaf page.
 */
export function searchSegmentCount(db: Db): number {
  const row = db.prepare('SELECT block FROM search_index_data WHERE id = ?').get(STRUCTURE_ROWID) as
    { block: Buffer } | undefined;
  if (!row) return 0;
  const bytes = row.block;
  let at = 4; // the cookie
  if (STRUCTURE_V2.every((byte, i) => bytes[at + i] === byte)) at += 4;
  const [, afterLevels] = readVarint(bytes, at);
  return readVarint(bytes, afterLevels)[0];
}

export type MergeStep = Readonly<{
  /** False once FTS5 found nothing more to merge (the index is one segment, or as good as). */
  worked: boolean;
  ms: number;
}>;

/**
 * One bounded step of merging, in its own short write transaction on `db` (outside any other). A negative page count
 * makes every segment eligible, as 'optimize' does, instead of waiting for 4 of one level
 * (usermerge); FTS5 documents that a step which changed fewer than 2 rows had nothing left to do.
 */
export function mergeSearchStep(db: Db, pages: number = MERGE_STEP_PAGES): MergeStep {
  const changes = db.prepare('SELECT total_changes()').pluck();
  const started = performance.now();
  const before = changes.get() as number;
  // Never waits for the write lock: if another connection holds it, SQLITE_BUSY at once and the
  // caller tries later, instead of blocking the main thread for the connection's busy_timeout.
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    db.prepare("INSERT INTO search_index(search_index, rank) VALUES('merge', ?)").run(-Math.max(1, Math.floor(pages)));
  } finally {
    db.pragma(`busy_timeout = ${timeout}`);
  }
  const worked = (changes.get() as number) - before >= 2;
  return { worked, ms: performance.now() - started };
}

export type MergeOutcome = Readonly<{
  segmentsBefore: number;
  segmentsAfter: number;
  steps: number;
  ms: number;
  /** FTS5 ends a step only between two terms, so a step that reaches a long doclist (a 2-letter prefix) runs long. */
  longestStepMs: number;
}>;

/** Merges to the end in steps (benches, tests, and anything not serving her in between). */
export function mergeSearchIndex(db: Db, pages: number = MERGE_STEP_PAGES): MergeOutcome {
  const started = performance.now();
  const segmentsBefore = searchSegmentCount(db);
  let steps = 0;
  let longestStepMs = 0;
  for (let more = segmentsBefore > 1; more; steps += 1) {
    const step = mergeSearchStep(db, pages);
    longestStepMs = Math.max(longestStepMs, step.ms);
    more = step.worked;
  }
  return {
    segmentsBefore,
    segmentsAfter: searchSegmentCount(db),
    steps,
    ms: performance.now() - started,
    longestStepMs,
  };
}
