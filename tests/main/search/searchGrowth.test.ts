import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchIndex } from '../../../electron/main/repositories/searchRepository';
import type { SearchResults } from '../../../shared/domain/search';
import { openTempDb, type TempDb } from '../support/tempDb';

/*
 * Issue 15: one section with one word repeated 100,000 times froze search (snippets grew
 * with the square of the repeats). The proof is a ratio, so a slow machine cannot fail it:
 * ten times the repeats may cost at most twelve times the time.
 */
let temp: TempDb;
const REPEATS = [10_000, 100_000] as const;

beforeAll(() => {
  temp = openTempDb();
  const insertMeeting = temp.db.prepare(
    "INSERT INTO meetings (id, title, date, created_at, updated_at) VALUES (?, ?, '2026-11-27', 1, 1)",
  );
  const insertSection = temp.db.prepare(
    "INSERT INTO minute_sections (id, meeting_id, kind, position, content_text, created_at, updated_at) VALUES (?, ?, 'DISCUSSION', 1, ?, 1, 1)",
  );
  REPEATS.forEach((repeats, index) => {
    const meetingId = `00000000-0000-4000-8000-00000000000${index}`;
    insertMeeting.run(meetingId, `Rapat ${index}`);
    // A different word per size, so each search reads exactly one of the two sections.
    insertSection.run(`10000000-0000-4000-8000-00000000000${index}`, meetingId, `kata${index} `.repeat(repeats));
  });
});
afterAll(() => temp.dispose());

function fastest(query: string): { ms: number; results: SearchResults } {
  let best = Number.POSITIVE_INFINITY;
  let results: SearchResults | null = null;
  for (let run = 0; run < 3; run += 1) {
    const started = performance.now();
    results = searchIndex(temp.db, { query });
    best = Math.min(best, performance.now() - started);
  }
  return { ms: best, results: results as SearchResults };
}

describe('search over a word repeated in one section', () => {
  it('grows linearly: 10x the repeats costs at most 12x the time, and 100,000 repeats answer within 1 s', () => {
    const small = fastest('kata0');
    const large = fastest('kata1');
    // Both found their section, with a bounded snippet around the first repeats.
    for (const { results } of [small, large]) {
      expect(results.total).toBe(1);
      const snippet = results.groups[0]?.hits[0]?.snippet ?? [];
      expect(snippet.filter((part) => part.hit).length).toBeGreaterThan(10);
      expect(snippet.map((part) => part.text).join('').length).toBeLessThan(260);
    }
    expect(large.ms / small.ms, `${small.ms.toFixed(1)} ms -> ${large.ms.toFixed(1)} ms`).toBeLessThanOrEqual(12);
    expect(large.ms).toBeLessThan(1000);
  });
});
