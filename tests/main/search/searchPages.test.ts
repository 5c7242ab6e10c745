import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchIndex } from '../../../electron/main/repositories/searchRepository';
import { walkNewest } from '../../../electron/main/repositories/searchNewest';
import type { SearchCursor, SearchHit, SearchQuery, SearchResults } from '../../../shared/domain/search';
import { generateArchive } from '../../bench/archiveGenerator';
import { openTempDb, type TempDb } from '../support/tempDb';

/*
 * Search pages newest first (issue 17). Paging with the cursor main returns must give every live
 * match of the plain definition (MATCH over the whole index, the hidden rows left out) exactly
 * once, newest first, whatever the page size, and each page the next ones of that definition.
 */
let temp: TempDb;
let deletedMeeting = '';

beforeAll(() => {
  temp = openTempDb();
  const archive = generateArchive(temp.db, { meetings: 80, sectionsPerMeeting: 3, wordsPerSection: 60, seed: 11 });
  // A deleted meeting's items stay in the index and must never be shown.
  deletedMeeting = archive.meetingIds[3] ?? '';
  temp.db.prepare('UPDATE meetings SET deleted_at = 1 WHERE id = ?').run(deletedMeeting);
});
afterAll(() => temp.dispose());

/** The plain definition: every live match of the words, whatever its age, newest row first. */
function plainInOrder(match: string): string[] {
  return temp.db
    .prepare(
      `SELECT k.kind || ':' || k.entity_id AS key FROM search_index f JOIN search_keys k ON k.id = f.rowid
       LEFT JOIN meetings m ON m.id = k.meeting_id
       WHERE search_index MATCH ? AND (k.meeting_id IS NULL OR (m.id IS NOT NULL AND m.deleted_at IS NULL))
         AND (k.kind <> 'update' OR EXISTS (SELECT 1 FROM commitment_updates u JOIN commitment_owners o ON o.id = u.owner_id
           JOIN commitments c ON c.id = o.commitment_id WHERE u.id = k.entity_id AND c.deleted_at IS NULL))
       ORDER BY f.rowid DESC`,
    )
    .pluck()
    .all(match) as string[];
}

const plainMatches = (match: string): string[] => plainInOrder(match).sort();

function allPages(input: SearchQuery, first?: SearchCursor): SearchResults[] {
  const pages: SearchResults[] = [];
  let after: SearchCursor | undefined = first;
  for (let guard = 0; guard < 500; guard += 1) {
    const page = searchIndex(temp.db, { ...input, ...(after ? { after } : {}) });
    pages.push(page);
    if (page.next === null) return pages;
    after = page.next;
  }
  throw new Error('search never ended');
}

const hitsOf = (page: SearchResults): SearchHit[] => page.groups.flatMap((group) => group.hits);
const keyOf = (hit: SearchHit) => `${hit.kind}:${hit.entityId}`;

describe('search pages', () => {
  it('pages through every live match once, whatever the page size, the newest meetings first', () => {
    for (const limit of [50, 7, 3]) {
      const pages = allPages({ query: 'kesehatan', limit });
      const keys = pages.flatMap(hitsOf).map(keyOf);
      expect(keys.length, `limit ${limit}`).toBe(new Set(keys).size);
      expect([...keys].sort()).toEqual(plainMatches('"kesehatan"'));
      expect(pages.every((page) => page.total <= limit)).toBe(true);
      // Page after page, the meetings' dates never go up (this archive was written in date order, as minutes are).
      const dates = pages.flatMap((page) =>
        hitsOf(page)
          .filter((hit) => hit.meeting !== null)
          .map((hit) => hit.meeting?.date ?? ''),
      );
      const firstOfEachPage = pages.map((page) => hitsOf(page).find((hit) => hit.meeting)?.meeting?.date ?? '');
      expect(firstOfEachPage.filter(Boolean)).toEqual([...firstOfEachPage.filter(Boolean)].sort().reverse());
      expect(dates.length).toBeGreaterThan(10);
      if (limit < 10) expect(pages.length).toBeGreaterThan(3);
    }
  });

  it('"Muat lebih banyak" on a word with more than 150 matches: each page is the next 50 of the plain definition', () => {
    const kinds = ['minute', 'decision', 'commitment', 'update', 'meeting'] as const;
    const plain = plainInOrder('"kepala"').filter((key) => !key.startsWith('person:') && !key.startsWith('unit:'));
    expect(plain.length).toBeGreaterThan(150);
    const pages = allPages({ query: 'kepala', kinds: [...kinds], limit: 50 });
    expect(pages.length).toBe(Math.ceil(plain.length / 50));
    pages.forEach((page, index) => {
      // Inside a page the order is the meetings' (date, then best match); the page holds the next 50 rows.
      expect(hitsOf(page).map(keyOf).sort(), `page ${index + 1}`).toEqual(
        plain.slice(index * 50, index * 50 + 50).sort(),
      );
      expect(page.next === null).toBe(index === pages.length - 1);
    });
  });

  it('an unfinished word pages like the plain prefix definition, also when FTS5 finishes a long page', () => {
    const plain = plainInOrder('"kesehat" *').filter((key) => !key.startsWith('person:') && !key.startsWith('unit:'));
    const kinds = ['minute', 'decision', 'commitment', 'update', 'meeting'] as const;
    const pages = allPages({ query: 'kesehat', kinds: [...kinds], limit: 20 });
    expect(pages.flatMap(hitsOf).map(keyOf).sort()).toEqual([...plain].sort());
    // The broad walk ("kes" *) keeps only rows that hold the word; with no budget left FTS5 ends the page.
    const maxId = temp.db.prepare('SELECT max(id) FROM search_keys').pluck().get() as number;
    const keepNone = { match: '"kes" *', exact: '"kesehat" *', keep: () => [] };
    const ended = walkNewest(temp.db, keepNone, [], maxId, 20, 10);
    const ids = temp.db
      .prepare('SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rowid DESC')
      .pluck()
      .all('"kesehat" *') as number[];
    expect(ended.visited).toBeGreaterThanOrEqual(10);
    expect(ended.rows.map((row) => row.id).every((id) => ids.includes(id))).toBe(true);
    expect(ended.rows.length).toBe(20);
  });

  it('never shows a deleted meeting’s items', () => {
    const keys = allPages({ query: 'rapat', limit: 50 }).flatMap(hitsOf);
    expect(keys.some((hit) => hit.meeting?.id === deletedMeeting)).toBe(false);
    expect(keys.length).toBeGreaterThan(50);
  });

  it('a page reads the rows it shows and one more, newest first from its cursor', () => {
    const maxId = temp.db.prepare('SELECT max(id) FROM search_keys').pluck().get() as number;
    const hi = Math.floor(maxId / 2);
    const exact = { match: '"rapat"', exact: '"rapat"', keep: null };
    const walked = walkNewest(temp.db, exact, [], hi, 20);
    expect(walked.rows.length).toBe(20);
    expect(walked.visited).toBe(21);
    expect(walked.rows.every((row) => row.id <= hi)).toBe(true);
    expect(walked.rows.map((row) => row.id)).toEqual([...walked.rows.map((row) => row.id)].sort((a, b) => b - a));
    expect(walked.next).toBe((walked.rows[19]?.id ?? 0) - 1);
  });

  it('a word found in the newest rows is one walk of the index, not one statement per stretch of it', () => {
    const statements: string[] = [];
    const recorder = new Database(temp.file, { verbose: (sql) => statements.push(String(sql)) });
    try {
      for (const [query, most] of [
        ['kepala', 1],
        ['kepal', 1],
      ] as const) {
        searchIndex(recorder, { query, limit: 50 });
        searchIndex(recorder, { query, limit: 50 });
        statements.length = 0;
        const page = searchIndex(recorder, { query, limit: 50 });
        expect(page.total).toBe(50);
        // One look-up of the last word as a word, then the walk: newest first, stopped by its LIMIT.
        const walks = statements.filter((sql) => /ORDER BY i\.rowid DESC/.test(sql));
        expect(walks.length, `${query}: ${statements.join('\n')}`).toBeLessThanOrEqual(most);
        expect(statements.filter((sql) => /MATCH/.test(sql)).length).toBe(walks.length + 1);
      }
    } finally {
      recorder.close();
    }
  });

  it('shows officials and OPD on the first page even when the meetings say the word more often', () => {
    const first = searchIndex(temp.db, { query: 'dinas', limit: 20 });
    const kinds = first.groups.map((group) => group.kind);
    expect(kinds).toContain('unit');
    expect(first.total).toBe(20);
    expect(first.next).not.toBeNull();
    // The OPD named "Dinas ..." are not repeated on later pages.
    const units = allPages({ query: 'dinas', limit: 20 })
      .flatMap(hitsOf)
      .filter((hit) => hit.kind === 'unit')
      .map(keyOf);
    expect(units.length).toBe(new Set(units).size);
    expect([...units].sort()).toEqual(plainMatches('"dinas"').filter((key) => key.startsWith('unit:')));
  });

  it('only officials and OPD: matched with the index’s folding, all of them on one page', () => {
    const page = searchIndex(temp.db, { query: 'DINAS késehatan', kinds: ['unit'] });
    expect(page.groups.map((group) => group.kind)).toEqual(['unit']);
    expect(page.groups[0]?.hits[0]?.title.filter((part) => part.hit).map((part) => part.text)).toEqual([
      'Dinas',
      'Kesehatan',
    ]);
    expect(page.next).toBeNull();
  });

  it('searches a last word that is already a word of the index as that word, an unfinished one as a prefix', () => {
    const exact = allPages({ query: 'kesehatan', limit: 200 }).flatMap(hitsOf).map(keyOf).sort();
    expect(exact).toEqual(plainMatches('"kesehatan"'));
    const unfinished = allPages({ query: 'kesehat', limit: 200 }).flatMap(hitsOf).map(keyOf).sort();
    expect(unfinished).toEqual(plainMatches('"kesehat" *'));
    expect(unfinished.length).toBeGreaterThan(0);
  });
});
