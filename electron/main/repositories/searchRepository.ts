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
import { masterMatches, scoreOf, type SearchText } from './searchMaster';
import { newestRowid, walkNewest, type SegmentRow, type WalkQuery } from './searchNewest';
import { cachedStatement } from './statementCache';

type HitRow = Readonly<{
  id: number;
  kind: SearchKind;
  entityId: string;
  meetingId: string | null;
  meetingTitle: string | null;
  meetingDate: string | null;
}>;

type Text = SearchText;

/** Officials and OPD shown per page beside the meetings' hits, so a common word still shows both. */
const MASTER_PER_PAGE = 10;
const MASTER_KINDS: ReadonlyArray<SearchKind> = ['person', 'unit'];

/** The indexed text of the rows shown, read by id (no MATCH, so it costs the same in any archive). */
function textsOf(db: Db, ids: ReadonlyArray<number>): Map<number, Text> {
  if (ids.length === 0) return new Map();
  const rows = cachedStatement(
    db,
    'SELECT rowid AS id, title, body FROM search_index WHERE rowid IN (SELECT value FROM json_each(?))',
  ).all(JSON.stringify(ids)) as Array<{ id: number } & Text>;
  return new Map(rows.map((row) => [row.id, row]));
}

function targetOf(row: HitRow): SearchTarget {
  if (row.kind === 'person') return { to: 'masterData', section: 'pejabat', focusId: row.entityId };
  if (row.kind === 'unit') return { to: 'masterData', section: 'opd', focusId: row.entityId };
  return { to: 'meeting', meetingId: row.meetingId ?? '', focusKind: row.kind, focusId: row.entityId };
}

function toHit(row: HitRow, text: Text, words: ReadonlyArray<string>, prefixLast: boolean): SearchHit {
  return {
    kind: row.kind,
    entityId: row.entityId,
    meeting:
      row.meetingId && row.meetingTitle !== null
        ? { id: row.meetingId, title: row.meetingTitle, date: row.meetingDate ?? '' }
        : null,
    title: highlightAll(text.title, words, prefixLast),
    snippet: snippetOf(text.body, words, undefined, prefixLast),
    open: targetOf(row),
  };
}

/**
 * Whether the last word is searched as a prefix. She may still be typing it, but FTS5 expands a
 * prefix of 4 letters or more into every posting of every word that starts with it, over the
 * whole archive (the index keeps prefixes of 2 and 3 letters, which it seeks like words). So a
 * last word that is a word of the index already (a cheap, lazy look-up) is searched as that
 * word; one that is not (she is in the middle of it) as a prefix; a single letter as itself.
 */
function lastIsPrefix(db: Db, words: ReadonlyArray<string>): boolean {
  const letters = [...(words[words.length - 1] ?? '')].length;
  if (letters <= 1) return false;
  if (letters <= 3) return true;
  const exact = cachedStatement(db, 'SELECT 1 FROM search_index WHERE search_index MATCH ? LIMIT 1');
  return exact.get(`"${words[words.length - 1] ?? ''}"`) === undefined;
}

const empty = (words: string[]): SearchResults => ({ words, groups: [], total: 0, truncated: false, next: null });

/** Inside one meeting the best match first; otherwise newest meeting first (date, meeting, newest row). */
function rankedInMeeting(
  rows: ReadonlyArray<SegmentRow>,
  texts: ReadonlyMap<number, Text>,
  words: ReadonlyArray<string>,
  prefixLast: boolean,
) {
  const scored = rows.map((row) => {
    const text = texts.get(row.id) ?? { title: '', body: '' };
    return { hit: row as HitRow, text, score: scoreOf(text, words, prefixLast) };
  });
  return scored.sort(
    (a, b) =>
      (b.hit.meetingDate ?? '').localeCompare(a.hit.meetingDate ?? '') ||
      (a.hit.meetingId ?? '').localeCompare(b.hit.meetingId ?? '') ||
      b.score - a.score ||
      b.hit.id - a.hit.id,
  );
}

/** Text the index folds (accents, non-Latin case) before it compares: only there is the fold worth its cost. */
const NOT_ASCII = /[^\t\n\r\u0020-\u007e]/;

/**
 * Whether a text holds a word that starts with `prefix` as the index sees it. A plain
 * case-insensitive look at the word starts answers for almost every text at a fraction of the
 * cost of folding 5 KB of minutes; only a text (or prefix) with accents is folded as the index
 * folds it (searchMaster.ts).
 */
function holdsPrefix(prefix: string): (text: Text) => boolean {
  const startsWord = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'iu');
  const foldAlways = NOT_ASCII.test(prefix);
  return (text) =>
    startsWord.test(text.title) ||
    startsWord.test(text.body) ||
    ((foldAlways || NOT_ASCII.test(text.title) || NOT_ASCII.test(text.body)) && scoreOf(text, [prefix], true) > 0);
}

/**
 * How the meetings' side is read. An unfinished last word of 4 letters or more is not handed to
 * FTS5 as a prefix: it would expand it over every posting of every word that starts with it, in the
 * whole archive, and seeking a prefix that no word has reads every page of the doclist before it
 * (issue 17: 50 ms for "balita" at scale 7, 0.1 ms at scale 1). Its first 3 letters are in the
 * index's prefix index, which FTS5 walks newest first like a word (the other words stay exact);
 * a row it returns is kept when its text holds the unfinished word, its text kept for the page.
 */
function walkQuery(
  db: Db,
  words: ReadonlyArray<string>,
  prefixLast: boolean,
  exact: string,
  texts: Map<number, Text>,
): WalkQuery {
  const lastWord = words[words.length - 1] ?? '';
  const letters = [...lastWord];
  if (!prefixLast || letters.length <= 3) return { match: exact, keep: null, exact };
  const broad = [...words.slice(0, -1).map((word) => `"${word}"`), `"${letters.slice(0, 3).join('')}" *`];
  const holds = holdsPrefix(lastWord);
  return {
    match: broad.join(' AND '),
    exact,
    keep: (rows) => {
      const read = textsOf(
        db,
        rows.map((row) => row.id),
      );
      return rows.filter((row) => {
        const text = read.get(row.id);
        if (text === undefined || !holds(text)) return false;
        texts.set(row.id, text);
        return true;
      });
    },
  };
}

/**
 * Searches with the words she typed and nothing else: the MATCH expression is built from
 * quoted words (shared/domain/search.ts), so FTS5 syntax in the query is plain text and cannot
 * fail. One page: the meetings' hits newest first (searchNewest.ts) and up to
 * MASTER_PER_PAGE officials and OPD, with the cursor of the next page.
 */
export function searchIndex(db: Db, input: SearchQuery): SearchResults {
  const words = queryWords(input.query);
  if (words.length === 0) return empty(words);
  const prefixLast = lastIsPrefix(db, words);
  const match = matchExpression(input.query, prefixLast);
  if (match === null) return empty(words);
  const chosen = new Set(input.kinds ?? []);
  const kinds = chosen.size > 0 ? SEARCH_KINDS.filter((kind) => chosen.has(kind)) : [...SEARCH_KINDS];
  const meetingKinds = kinds.filter((kind) => !MASTER_KINDS.includes(kind));
  const masterKinds = kinds.filter((kind) => MASTER_KINDS.includes(kind));
  const limit = input.limit ?? DEFAULT_SEARCH_LIMIT;
  const cursor = input.after ?? { hi: newestRowid(db), master: 0 };

  const master = masterKinds.length > 0 ? masterMatches(db, words, prefixLast, masterKinds) : [];
  const share = meetingKinds.length > 0 ? Math.min(MASTER_PER_PAGE, limit) : limit;
  let masterShown = master.slice(cursor.master, cursor.master + share);
  // Every meeting kind chosen means no kind filter: the common case stays the cheapest.
  const filter = meetingKinds.length === SEARCH_KINDS.length - MASTER_KINDS.length ? [] : meetingKinds;
  const texts = new Map<number, Text>();
  const walk =
    meetingKinds.length > 0 && cursor.hi > 0
      ? walkNewest(db, walkQuery(db, words, prefixLast, match, texts), filter, cursor.hi, limit - masterShown.length)
      : { rows: [], next: null };
  const unread = walk.rows.filter((row) => !texts.has(row.id)).map((row) => row.id);
  for (const [id, text] of textsOf(db, unread)) texts.set(id, text);
  // The meetings are read to their oldest row: the rest of the page may be officials and OPD.
  if (walk.next === null) masterShown = master.slice(cursor.master, cursor.master + limit - walk.rows.length);
  const masterSeen = cursor.master + masterShown.length;

  const hits = [
    ...rankedInMeeting(walk.rows, texts, words, prefixLast),
    ...masterShown.map(({ id, kind, entityId, title, body }) => ({
      hit: { id, kind, entityId, meetingId: null, meetingTitle: null, meetingDate: null },
      text: { title, body },
    })),
  ].map(({ hit, text }) => toHit(hit, text, words, prefixLast));
  const groups = SEARCH_KINDS.map((kind) => ({ kind, hits: hits.filter((hit) => hit.kind === kind) })).filter(
    (group) => group.hits.length > 0,
  );
  const next = walk.next !== null || masterSeen < master.length ? { hi: walk.next ?? 0, master: masterSeen } : null;
  return { words, groups, total: hits.length, truncated: next !== null, next };
}
