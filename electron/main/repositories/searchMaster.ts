import type { Db } from '../db/connection';
import type { SearchKind } from '../../../shared/domain/search';
import { foldForSearch, foldQueryWords, wordCountsFolded } from '../../../shared/domain/searchHighlight';
import { cachedStatement } from './statementCache';

export type SearchText = Readonly<{ title: string; body: string }>;

/**
 * How well a text matches: each word's occurrences, saturating (a word said 100 times is not 100
 * times better than two words said once), a title hit weighing three times a body hit. 0 when a
 * word is missing. Takes texts folded by foldForSearch and words folded by foldQueryWords.
 */
function scoreFolded(title: string, body: string, words: ReadonlyArray<string>, prefixLast: boolean): number {
  const inTitles = wordCountsFolded(title, words, prefixLast);
  const inBodies = wordCountsFolded(body, words, prefixLast);
  let score = 0;
  for (let i = 0; i < words.length; i += 1) {
    const inTitle = inTitles[i] ?? 0;
    const inBody = inBodies[i] ?? 0;
    if (inTitle + inBody === 0) return 0;
    score += (3 * inTitle) / (inTitle + 1.2) + inBody / (inBody + 1.2);
  }
  return score;
}

export const scoreOf = (text: SearchText, words: ReadonlyArray<string>, prefixLast: boolean): number =>
  scoreFolded(foldForSearch(text.title), foldForSearch(text.body), foldQueryWords(words), prefixLast);

type MasterRow = Readonly<{ id: number; kind: SearchKind; entityId: string; title: string; body: string }>;
type Folded = MasterRow & Readonly<{ foldedTitle: string; foldedBody: string }>;

/*
 * The officials and OPD of the index, folded once per connection and kept until one of them is
 * written again: every write re-indexes a row under a new id (migration 0003), so the count, the
 * highest id and their sum over the index's (kind, entity) range tell a change.
 */
const cache = new WeakMap<Db, { stamp: string; rows: ReadonlyArray<Folded> }>();

function masterRows(db: Db): ReadonlyArray<Folded> {
  const stamp = JSON.stringify(
    cachedStatement(
      db,
      `SELECT count(*) AS n, max(id) AS hi, total(id) AS sum FROM search_keys WHERE kind IN ('person', 'unit')`,
    ).get(),
  );
  const kept = cache.get(db);
  if (kept?.stamp === stamp) return kept.rows;
  const rows = (
    cachedStatement(
      db,
      `SELECT k.id, k.kind, k.entity_id AS entityId, i.title, i.body
       FROM search_keys k CROSS JOIN search_index i ON i.rowid = k.id
       WHERE k.kind IN ('person', 'unit') AND k.meeting_id IS NULL`,
    ).all() as MasterRow[]
  ).map((row) => ({ ...row, foldedTitle: foldForSearch(row.title), foldedBody: foldForSearch(row.body) }));
  cache.set(db, { stamp, rows });
  return rows;
}

/**
 * Officials and OPD that match, best first, then by name: a few hundred rows however old the
 * archive, matched here in full with the index's folding (case and accents ignored). FTS5 could
 * not be asked for them alone without walking every match of the archive, and the newest-first
 * segments of the meetings' side would reach them last (they are written first).
 */
export function masterMatches(
  db: Db,
  words: ReadonlyArray<string>,
  prefixLast: boolean,
  kinds: ReadonlyArray<SearchKind>,
): MasterRow[] {
  const folded = foldQueryWords(words);
  return masterRows(db)
    .filter((row) => kinds.includes(row.kind))
    .map((row) => ({ row, score: scoreFolded(row.foldedTitle, row.foldedBody, folded, prefixLast) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.row.title.localeCompare(b.row.title, 'id') || a.row.id - b.row.id)
    .map(({ row: { id, kind, entityId, title, body } }) => ({ id, kind, entityId, title, body }));
}
