import type { Db } from '../db/connection';
import type { SearchCursor, SearchKind } from '../../../shared/domain/search';
import { cachedStatement } from './statementCache';

/*
 * The meetings' side of the search, newest first, in segments of the index (issue 17). A
 * segment is a range of index rowids: rows are numbered as they are written, so the highest
 * ones are this year's minutes, decisions and progress. FTS5 seeks a rowid range in each
 * word's postings, so a segment costs the matches inside it, not the matches in the archive.
 * A segment's matches are ordered by the meeting's date (newest first), then meeting, then row;
 * the walk goes on to older segments (each twice as long, up to MAX_SPAN) until the page is
 * full, and the cursor says where the next page starts: "Muat lebih banyak" re-reads at most
 * one segment, never the archive before it.
 *
 * Ranking by bm25 is not used: FTS5's bm25 counts every row of the archive that holds each word
 * (its IDF) before it scores one, which is the growth this design removes.
 */
export const FIRST_SPAN = 2048;
export const MAX_SPAN = 262_144;

export type SegmentRow = {
  id: number;
  kind: SearchKind;
  entityId: string;
  meetingId: string;
  meetingTitle: string;
  meetingDate: string;
};

const placeholders = (count: number) => Array.from({ length: count }, () => '?').join(', ');

/*
 * CAST: better-sqlite3 binds a JS number as a REAL, and FTS5 then ignores a rowid bound it was
 * handed as a REAL (it read every match and returned rows outside the range): the bounds must
 * reach it as integers. CROSS JOIN keeps the FTS range the outer loop. Items of a deleted
 * meeting, and progress of a deleted commitment, stay in the index and are hidden here; rows
 * without a meeting (officials, OPD, hidden staged imports) go their own way (searchRepository).
 */
export function segmentSql(kindCount: number): string {
  return `
    SELECT f.id, k.kind, k.entity_id AS entityId, k.meeting_id AS meetingId, m.title AS meetingTitle, m.date AS meetingDate
    FROM (SELECT rowid AS id FROM search_index
          WHERE search_index MATCH ? AND rowid > CAST(? AS INTEGER) AND rowid <= CAST(? AS INTEGER)) f
    CROSS JOIN search_keys k ON k.id = f.id
    CROSS JOIN meetings m ON m.id = k.meeting_id
    WHERE m.deleted_at IS NULL ${kindCount > 0 ? `AND k.kind IN (${placeholders(kindCount)})` : ''}
      AND (k.kind <> 'update' OR EXISTS (
        SELECT 1 FROM commitment_updates u
        JOIN commitment_owners o ON o.id = u.owner_id
        JOIN commitments c2 ON c2.id = o.commitment_id
        WHERE u.id = k.entity_id AND c2.deleted_at IS NULL))
    ORDER BY m.date DESC, k.meeting_id, f.id DESC`;
}

/** The newest row at or below `hi` that matches at all (lazy: FTS5 reads its postings newest first and stops). */
const NEWEST_AT_OR_BELOW = `SELECT rowid AS id FROM search_index WHERE search_index MATCH ? AND rowid <= CAST(? AS INTEGER)
  ORDER BY rowid DESC LIMIT 1`;

function newestAtOrBelow(db: Db, match: string, hi: number): number | null {
  const row = cachedStatement(db, NEWEST_AT_OR_BELOW).get(match, hi) as { id: number } | undefined;
  return row?.id ?? null;
}

/** Where a first page starts: the newest index row. */
export function firstCursor(db: Db): SearchCursor {
  const hi = (cachedStatement(db, 'SELECT max(id) AS hi FROM search_keys').get() as { hi: number | null }).hi ?? 0;
  return { hi, span: FIRST_SPAN, skip: 0, master: 0 };
}

/**
 * Up to `want` rows from `cursor` on, and where the next page starts (null when no older row
 * matches). `kinds` empty = every kind that belongs to a meeting. A segment starts at the newest
 * match below the last one, so a rare word jumps over the years without one and costs its
 * matches, not the number of segments in the archive.
 */
export function walkSegments(
  db: Db,
  match: string,
  kinds: ReadonlyArray<SearchKind>,
  cursor: SearchCursor,
  want: number,
): { rows: SegmentRow[]; next: Omit<SearchCursor, 'master'> | null } {
  const statement = cachedStatement(db, segmentSql(kinds.length));
  const rows: SegmentRow[] = [];
  let { hi, span, skip } = cursor;
  for (;;) {
    if (skip === 0) {
      // A segment not yet begun starts at its newest match (or there is nothing older at all).
      const newest = hi > 0 ? newestAtOrBelow(db, match, hi) : null;
      if (newest === null) return { rows, next: null };
      hi = newest;
    }
    if (rows.length >= want) return { rows, next: { hi, span, skip } };
    const lo = Math.max(0, hi - span);
    const found = (statement.all(match, lo, hi, ...kinds) as SegmentRow[]).slice(skip);
    const room = want - rows.length;
    if (found.length > room) {
      rows.push(...found.slice(0, room));
      return { rows, next: { hi, span, skip: skip + room } };
    }
    rows.push(...found);
    hi = lo;
    span = Math.min(span * 2, MAX_SPAN);
    skip = 0;
  }
}
