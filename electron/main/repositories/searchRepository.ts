import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/connection';
import {
  DEFAULT_SEARCH_LIMIT,
  matchExpression,
  queryWords,
  SEARCH_KINDS,
  type SearchHit,
  type SearchKind,
  type SearchQuery,
  type SearchResults,
  type SearchTarget,
} from '../../../shared/domain/search';
import { highlightAll, snippetOf } from '../../../shared/domain/searchHighlight';

type HitRow = {
  id: number;
  kind: SearchKind;
  entityId: string;
  meetingId: string | null;
  meetingTitle: string | null;
  meetingDate: string | null;
};

/**
 * Ranking every match would make a common word in a ten-year archive cost ten
 * times what it costs in one year. So bm25 (title weighted above body) ranks
 * the newest CANDIDATES matches only: FTS5 walks the postings newest first
 * (higher index ids are newer rows) and stops there. A query with more matches
 * than that says "top results, narrow it down" anyway.
 */
const CANDIDATES = 2000;

const placeholders = (count: number) => Array.from({ length: count }, () => '?').join(', ');

/*
 * Items of a deleted meeting, and progress of a deleted commitment, stay in
 * the index (deleting a meeting must not rewrite thousands of index rows) and
 * are hidden here. What a row is comes from search_keys, so the candidates'
 * text is never loaded; only the shown rows' text is (textsOf).
 */
function rankedSql(kindCount: number): string {
  const kindFilter =
    kindCount > 0
      ? `AND (SELECT kind FROM search_keys WHERE id = search_index.rowid) IN (${placeholders(kindCount)})`
      : '';
  return `
    SELECT c.id, k.kind, k.entity_id AS entityId, k.meeting_id AS meetingId, m.title AS meetingTitle, m.date AS meetingDate
    FROM (
      SELECT rowid AS id, bm25(search_index, 3.0, 1.0) AS score
      FROM search_index
      WHERE search_index MATCH ? ${kindFilter}
      ORDER BY rowid DESC
      LIMIT ${CANDIDATES}
    ) c
    JOIN search_keys k ON k.id = c.id
    LEFT JOIN meetings m ON m.id = k.meeting_id
    WHERE (k.meeting_id IS NULL OR (m.id IS NOT NULL AND m.deleted_at IS NULL))
      AND (k.kind <> 'update' OR EXISTS (
        SELECT 1 FROM commitment_updates u
        JOIN commitment_owners o ON o.id = u.owner_id
        JOIN commitments c2 ON c2.id = o.commitment_id
        WHERE u.id = k.entity_id AND c2.deleted_at IS NULL))
    ORDER BY c.score, c.id DESC
    LIMIT ?`;
}

// Search runs on every pause in typing: keep its statements prepared, per connection (a restore swaps it).
const statements = new WeakMap<Db, Map<string, Statement>>();

function prepared(db: Db, sql: string): Statement {
  let cache = statements.get(db);
  if (!cache) {
    cache = new Map();
    statements.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}

/** The indexed text of the rows shown, read by id (no MATCH, so it costs the same in any archive). */
function textsOf(db: Db, ids: ReadonlyArray<number>): Map<number, { title: string; body: string }> {
  if (ids.length === 0) return new Map();
  const rows = prepared(
    db,
    'SELECT rowid AS id, title, body FROM search_index WHERE rowid IN (SELECT value FROM json_each(?))',
  ).all(JSON.stringify(ids)) as Array<{ id: number; title: string; body: string }>;
  return new Map(rows.map((row) => [row.id, row]));
}

function targetOf(row: HitRow): SearchTarget {
  if (row.kind === 'person') return { to: 'masterData', section: 'pejabat', focusId: row.entityId };
  if (row.kind === 'unit') return { to: 'masterData', section: 'opd', focusId: row.entityId };
  return { to: 'meeting', meetingId: row.meetingId ?? '', focusKind: row.kind, focusId: row.entityId };
}

function toHit(row: HitRow, text: { title: string; body: string }, words: ReadonlyArray<string>): SearchHit {
  return {
    kind: row.kind,
    entityId: row.entityId,
    meeting:
      row.meetingId && row.meetingTitle !== null
        ? { id: row.meetingId, title: row.meetingTitle, date: row.meetingDate ?? '' }
        : null,
    title: highlightAll(text.title, words),
    snippet: snippetOf(text.body, words),
    open: targetOf(row),
  };
}

/**
 * Searches with the words she typed and nothing else: the MATCH expression is
 * built from quoted words (shared/domain/search.ts), so FTS5 syntax in the
 * query is plain text and cannot fail.
 */
export function searchIndex(db: Db, input: SearchQuery): SearchResults {
  const words = queryWords(input.query);
  const match = matchExpression(input.query);
  if (match === null) return { words, groups: [], total: 0, truncated: false };
  // Every kind chosen (or none) means no filter at all: the common case stays the cheapest.
  const chosen = [...new Set(input.kinds ?? [])];
  const kinds: SearchKind[] = chosen.length > 0 && chosen.length < SEARCH_KINDS.length ? chosen : [];
  const limit = input.limit ?? DEFAULT_SEARCH_LIMIT;
  const rows = prepared(db, rankedSql(kinds.length)).all(match, ...kinds, limit + 1) as HitRow[];
  const truncated = rows.length > limit;
  const shown = rows.slice(0, limit);
  const texts = textsOf(
    db,
    shown.map((row) => row.id),
  );
  const hits = shown.map((row) => toHit(row, texts.get(row.id) ?? { title: '', body: '' }, words));
  const groups = SEARCH_KINDS.map((kind) => ({ kind, hits: hits.filter((hit) => hit.kind === kind) })).filter(
    (group) => group.hits.length > 0,
  );
  return { words, groups, total: hits.length, truncated };
}
