import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchIndex } from '../../../electron/main/repositories/searchRepository';
import { segmentSql, walkSegments } from '../../../electron/main/repositories/searchSegments';
import type { SearchCursor, SearchHit, SearchQuery, SearchResults } from '../../../shared/domain/search';
import { generateArchive } from '../../bench/archiveGenerator';
import { openTempDb, type TempDb } from '../support/tempDb';

/*
 * Search pages newest first by segments of the index (issue 17). Paging with the cursor main
 * returns must give every live match of the plain definition (MATCH over the whole index, the
 * hidden rows left out) exactly once, newest meeting first, however small the segments.
 */
let temp: TempDb;
let deletedMeeting = '';

beforeAll(() => {
  temp = openTempDb();
  const archive = generateArchive(temp.db, { meetings: 30, sectionsPerMeeting: 3, wordsPerSection: 60, seed: 11 });
  // A deleted meeting's items stay in the index and must never be shown.
  deletedMeeting = archive.meetingIds[3] ?? '';
  temp.db.prepare('UPDATE meetings SET deleted_at = 1 WHERE id = ?').run(deletedMeeting);
});
afterAll(() => temp.dispose());

/** The plain definition: every live match of the words, whatever its age. */
function plainMatches(match: string): string[] {
  const rows = temp.db
    .prepare(
      `SELECT k.kind || ':' || k.entity_id AS key FROM search_index f JOIN search_keys k ON k.id = f.rowid
       LEFT JOIN meetings m ON m.id = k.meeting_id
       WHERE search_index MATCH ? AND (k.meeting_id IS NULL OR (m.id IS NOT NULL AND m.deleted_at IS NULL))
         AND (k.kind <> 'update' OR EXISTS (SELECT 1 FROM commitment_updates u JOIN commitment_owners o ON o.id = u.owner_id
           JOIN commitments c ON c.id = o.commitment_id WHERE u.id = k.entity_id AND c.deleted_at IS NULL))`,
    )
    .pluck()
    .all(match) as string[];
  return rows.sort();
}

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
  it('pages through every live match once, in segments of any size, the newest meetings first', () => {
    const maxId = temp.db.prepare('SELECT max(id) FROM search_keys').pluck().get() as number;
    for (const [limit, span] of [
      [50, undefined],
      [7, 5],
      [3, 1],
    ] as const) {
      const start = span === undefined ? undefined : { hi: maxId, span, skip: 0, master: 0 };
      const pages = allPages({ query: 'kesehatan', limit }, start);
      const keys = pages.flatMap(hitsOf).map(keyOf);
      expect(keys.length, `limit ${limit} span ${span}`).toBe(new Set(keys).size);
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

  it('never shows a deleted meeting’s items', () => {
    const keys = allPages({ query: 'rapat', limit: 50 }).flatMap(hitsOf);
    expect(keys.some((hit) => hit.meeting?.id === deletedMeeting)).toBe(false);
    expect(keys.length).toBeGreaterThan(50);
  });

  it('reads only the rows of its segment, and a page from a cursor starts at or below it', () => {
    const maxId = temp.db.prepare('SELECT max(id) FROM search_keys').pluck().get() as number;
    const hi = Math.floor(maxId / 2);
    const rows = temp.db.prepare(segmentSql(0)).all('"rapat"', hi - 40, hi) as Array<{ id: number }>;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.id > hi - 40 && row.id <= hi)).toBe(true);
    // A page from a cursor starts at or below it.
    const { rows: walked } = walkSegments(temp.db, '"rapat"', [], { hi, span: 16, skip: 0, master: 0 }, 20);
    expect(walked.length).toBe(20);
    expect(walked.every((row) => row.id <= hi)).toBe(true);
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
