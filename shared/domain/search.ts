/**
 * What the global search ("Cari") finds. The codes are stored in the
 * search index (migration 0003) and name the kind in results; the order is the
 * order of the groups on screen.
 */
export const SEARCH_KINDS = ['minute', 'decision', 'commitment', 'update', 'meeting', 'person', 'unit'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** At most this many words of a query reach the index: a pasted page must not become a 5,000-term AND. */
export const MAX_QUERY_WORDS = 24;
export const MAX_QUERY_CHARS = 10_000;
export const DEFAULT_SEARCH_LIMIT = 50;
export const MAX_SEARCH_LIMIT = 200;

// A word: letters, digits and the marks that belong to them (NFC may leave some combining marks).
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

/** The user's words, as the index would see them: operators, quotes and punctuation are only separators. */
export function queryWords(query: string): string[] {
  return (query.normalize('NFC').match(WORD) ?? []).slice(0, MAX_QUERY_WORDS);
}

/**
 * The FTS5 MATCH expression for what she typed, or null when nothing
 * searchable remains. Every word is an FTS5 string ("kata"), so OR, NOT, NEAR,
 * `*`, `-`, `:` and parentheses are plain text; the last word matches as a
 * prefix because she may still be typing it.
 */
export function matchExpression(query: string, prefixLast = true): string | null {
  const words = queryWords(query);
  if (words.length === 0) return null;
  return words
    .map((word, index) => (prefixLast && index === words.length - 1 ? `"${word}" *` : `"${word}"`))
    .join(' AND ');
}

/**
 * A piece of a snippet; `hit` pieces are the words that matched (shown in
 * <mark>). Text travels as parts, never as markup, so her text stays text.
 */
export type SnippetPart = Readonly<{ text: string; hit: boolean }>;

/** Where a result opens: the meeting at the item found, or the master-data list at the person or unit. */
export type SearchTarget =
  | Readonly<{ to: 'meeting'; meetingId: string; focusKind: SearchKind; focusId: string }>
  | Readonly<{ to: 'masterData'; section: 'pejabat' | 'opd'; focusId: string }>;

export type SearchHit = Readonly<{
  kind: SearchKind;
  entityId: string;
  /** The meeting the item belongs to (null for people and units). */
  meeting: Readonly<{ id: string; title: string; date: string }> | null;
  /** The entity's own title with matches marked (meetings, people, units); empty for text items. */
  title: ReadonlyArray<SnippetPart>;
  /** The passage around the match. */
  snippet: ReadonlyArray<SnippetPart>;
  open: SearchTarget;
}>;

export type SearchGroup = Readonly<{ kind: SearchKind; hits: ReadonlyArray<SearchHit> }>;

/**
 * Where "Muat lebih banyak" goes on (search:query's `after`): the meetings' index rows at or below
 * rowid `hi` are read next, newest first; `master` officials and OPD already shown. Main made it;
 * the renderer only hands it back.
 */
export type SearchCursor = Readonly<{ hi: number; master: number }>;

export type SearchResults = Readonly<{
  /** The words actually searched for (operators and punctuation dropped), to show what was looked up. */
  words: ReadonlyArray<string>;
  groups: ReadonlyArray<SearchGroup>;
  /** The hits in this answer (one page). */
  total: number;
  /** More matches may follow: `next` reads them. */
  truncated: boolean;
  /** The next page, or null when the archive has been read to its oldest row. */
  next: SearchCursor | null;
}>;

/**
 * One answer after another ("Muat lebih banyak"): each kind's hits in the order they came, a hit
 * already shown kept once (a row written again between pages is re-indexed under a newer id).
 */
export function appendPage(shown: SearchResults, page: SearchResults): SearchResults {
  const seen = new Set(shown.groups.flatMap((group) => group.hits.map((hit) => `${hit.kind}:${hit.entityId}`)));
  const groups = SEARCH_KINDS.map((kind) => ({
    kind,
    hits: [
      ...(shown.groups.find((group) => group.kind === kind)?.hits ?? []),
      ...(page.groups.find((group) => group.kind === kind)?.hits ?? []).filter(
        (hit) => !seen.has(`${hit.kind}:${hit.entityId}`),
      ),
    ],
  })).filter((group) => group.hits.length > 0);
  const total = groups.reduce((sum, group) => sum + group.hits.length, 0);
  return { words: shown.words, groups, total, truncated: page.truncated, next: page.next };
}

/* The input of search:query is derived from its schema (shared/ipc/searchSchemas.ts). */
export type { SearchQuery } from '../ipc/searchContract';

/**
 * The app route of a result (hash routes). The meeting page may read `fokus`
 * ("<kind>:<id>") to scroll to the item; master data reads `bagian` and `fokus`.
 */
export function searchTargetPath(target: SearchTarget): string {
  if (target.to === 'masterData')
    return `/data-master?bagian=${target.section}&fokus=${encodeURIComponent(target.focusId)}`;
  if (target.focusKind === 'meeting') return `/rapat/${encodeURIComponent(target.meetingId)}`;
  return `/rapat/${encodeURIComponent(target.meetingId)}?fokus=${target.focusKind}:${encodeURIComponent(target.focusId)}`;
}
