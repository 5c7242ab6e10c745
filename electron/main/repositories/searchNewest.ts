import type { Db } from '../db/connection';
import type { SearchKind } from '../../../shared/domain/search';
import { cachedStatement } from './statementCache';

/*
 * The meetings' side of the search, newest first (issue 17). Index rows are numbered as they are
 * written, so the highest rowids are this year's minutes, decisions and progress. FTS5 walks each
 * word's postings in descending rowid order natively and stops at LIMIT, so one statement per page
 * (`rowid <= hi ORDER BY rowid DESC LIMIT want + 1`) reads the rows she sees and one more (to know
 * whether "Muat lebih banyak" has anything to load), whatever lies behind them.
 *
 * Ranking by bm25 is not used: FTS5's bm25 counts every row of the archive that holds each word
 * (its IDF) before it scores one, which is the growth this design removes.
 */

export type SegmentRow = {
  id: number;
  kind: SearchKind;
  entityId: string;
  meetingId: string;
  meetingTitle: string;
  meetingDate: string;
};

/** What the walk asks FTS5, and how it knows a row it got is one she asked for. */
export type WalkQuery = Readonly<{
  /** The MATCH expression read newest first. */
  match: string;
  /**
   * When `match` is broader than her words (an unfinished last word read through its 3-letter
   * prefix, see searchRepository.ts), the rows of a batch that hold her words; null when every row
   * of `match` is one.
   */
  keep: ((rows: SegmentRow[]) => SegmentRow[]) | null;
  /** Her exact expression, for what is left of a page when the broad walk has read BROAD_BUDGET rows. */
  exact: string;
}>;

/**
 * Rows of a broad match checked per page before FTS5's own (archive-wide) prefix expansion takes
 * over: enough for a word start that 1 row in 12 of its 3 letters holds ("pendid" of "pen"), few
 * enough that a typo, which no row holds, reads 600 texts (10-30 ms) before FTS5 says "none".
 */
export const BROAD_BUDGET = 600;
const FIRST_BATCH = 128;
const MAX_BATCH = 1024;

const placeholders = (count: number) => Array.from({ length: count }, () => '?').join(', ');

/*
 * CAST: better-sqlite3 binds a JS number as a REAL, and FTS5 then ignores a rowid bound it was
 * handed as a REAL (it read every match): the bound must reach it as an integer. CROSS JOIN keeps
 * the FTS walk the outer loop, so its descending order needs no sort and LIMIT stops it. Items of
 * a deleted meeting, and progress of a deleted commitment, stay in the index and are skipped here;
 * rows without a meeting (officials, OPD, hidden staged imports) go their own way (searchRepository).
 */
export function newestSql(kindCount: number): string {
  return `
    SELECT i.rowid AS id, k.kind, k.entity_id AS entityId, k.meeting_id AS meetingId, m.title AS meetingTitle, m.date AS meetingDate
    FROM search_index i
    CROSS JOIN search_keys k ON k.id = i.rowid
    CROSS JOIN meetings m ON m.id = k.meeting_id
    WHERE search_index MATCH ? AND i.rowid <= CAST(? AS INTEGER)
      AND m.deleted_at IS NULL ${kindCount > 0 ? `AND k.kind IN (${placeholders(kindCount)})` : ''}
      AND (k.kind <> 'update' OR EXISTS (
        SELECT 1 FROM commitment_updates u
        JOIN commitment_owners o ON o.id = u.owner_id
        JOIN commitments c2 ON c2.id = o.commitment_id
        WHERE u.id = k.entity_id AND c2.deleted_at IS NULL))
    ORDER BY i.rowid DESC
    LIMIT CAST(? AS INTEGER)`;
}

/** Where a first page starts: the newest index row. */
export function newestRowid(db: Db): number {
  return (cachedStatement(db, 'SELECT max(id) AS hi FROM search_keys').get() as { hi: number | null }).hi ?? 0;
}

export type Walk = {
  rows: SegmentRow[];
  /** The `hi` of the next page (rows at or below it), or null when no older row matches. */
  next: number | null;
  /** Index rows read (live ones of the broad match included): the cost of the page. */
  visited: number;
};

function read(db: Db, match: string, kinds: ReadonlyArray<SearchKind>, hi: number, count: number): SegmentRow[] {
  return cachedStatement(db, newestSql(kinds.length)).all(match, hi, ...kinds, count) as SegmentRow[];
}

/** The page and where the next one starts (below its last row; at `hi` for an empty page), from up to want + 1 rows. */
function pageOf(found: SegmentRow[], want: number, hi: number, visited: number): Walk {
  if (found.length <= want) return { rows: found, next: null, visited };
  const rows = found.slice(0, want);
  const last = rows[rows.length - 1];
  return { rows, next: last === undefined ? hi : last.id - 1, visited };
}

/**
 * Up to `want` live rows at or below `hi`, newest first. `kinds` empty = every kind that belongs
 * to a meeting. An exact query is one statement; a broad one reads growing batches and keeps the
 * rows that hold her words until the page and one more are found, the index ends, or it has read
 * `budget` rows (then FTS5 finishes the page with her exact expression: correct, but its cost
 * is that of the prefix over the whole archive).
 */
export function walkNewest(
  db: Db,
  query: WalkQuery,
  kinds: ReadonlyArray<SearchKind>,
  hi: number,
  want: number,
  budget = BROAD_BUDGET,
): Walk {
  if (query.keep === null) {
    const found = read(db, query.match, kinds, hi, want + 1);
    return pageOf(found, want, hi, found.length);
  }
  const kept: SegmentRow[] = [];
  let at = hi;
  let visited = 0;
  let batch = Math.max(FIRST_BATCH, want + 1);
  while (kept.length <= want && at > 0) {
    if (visited >= budget) {
      const rest = read(db, query.exact, kinds, at, want + 1 - kept.length);
      return pageOf([...kept, ...rest], want, hi, visited + rest.length);
    }
    const size = Math.min(batch, budget - visited);
    const rows = read(db, query.match, kinds, at, size);
    visited += rows.length;
    kept.push(...query.keep(rows));
    if (rows.length < size) break;
    at = (rows[rows.length - 1]?.id ?? 1) - 1;
    batch = Math.min(batch * 4, MAX_BATCH);
  }
  return pageOf(kept.slice(0, want + 1), want, hi, visited);
}
