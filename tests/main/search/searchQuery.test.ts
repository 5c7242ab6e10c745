import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/main/ipc/dispatch';
import type { Logger } from '../../../electron/main/log';
import { matchExpression, queryWords, type SearchResults } from '../../../shared/domain/search';
import { highlightAll, snippetOf } from '../../../shared/domain/searchHighlight';
import { generateArchive } from '../../bench/archiveGenerator';
import { openTempDb, testContext, type TempDb } from '../support/tempDb';

let temp: TempDb;
const log: Logger = { info: vi.fn(), error: vi.fn() };

beforeAll(() => {
  temp = openTempDb();
  generateArchive(temp.db, { meetings: 40, sectionsPerMeeting: 3, wordsPerSection: 120, seed: 7 });
  const meetingId = (temp.db.prepare('SELECT id FROM meetings LIMIT 1').get() as { id: string }).id;
  const insert = temp.db.prepare(
    "INSERT INTO minute_sections (id, meeting_id, kind, position, content_text, created_at, updated_at) VALUES (?, ?, 'DISCUSSION', 99, ?, 1, 1)",
  );
  insert.run(
    '99999999-0000-4000-8000-000000000001',
    meetingId,
    'Dinas Késéhatan melaporkan cakupan imunisasi "campak" (MR) naik: 93% — target 95%.',
  );
  insert.run(
    '99999999-0000-4000-8000-000000000002',
    meetingId,
    'Laporan dari dinas pendidikan tentang sekolah rusak di Kecamatan Séberang.',
  );
});
afterAll(() => temp.dispose());

async function search(query: string, extra: Record<string, unknown> = {}): Promise<SearchResults> {
  const result = await dispatch('search:query', { query, ...extra }, testContext(temp.db), log);
  if (!result.ok) throw new Error(`search failed for ${JSON.stringify(query).slice(0, 60)}: ${result.error.message}`);
  return result.value as SearchResults;
}

const HOSTILE: ReadonlyArray<string> = [
  '"',
  '""',
  '"kesehatan',
  'kesehatan"',
  '"dinas kesehatan"',
  '*',
  'kes*',
  '*kes',
  '-kesehatan',
  'dinas -kesehatan',
  'dinas OR kesehatan',
  'OR',
  'AND',
  'NOT',
  'NEAR(dinas kesehatan, 3)',
  'dinas AND (kesehatan',
  '((((',
  ')))',
  'title:dinas',
  'body : kesehatan',
  '^dinas',
  '+dinas +kesehatan',
  "'; DROP TABLE meetings; --",
  '!@#$%^&*()_+-=[]{}|;:,.<>/?~`',
  '…–—«»„“',
  '🎉🔥',
  'dinas 🎉 kesehatan',
  'x'.repeat(10_000),
  'dinas '.repeat(1_666).slice(0, 10_000),
  '\u0000\u0001\u0002 dinas',
  '  \t\n  ',
  '\u0301\u0301',
];

describe('search: hostile queries', () => {
  it('has at least 30 hostile queries', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(30);
  });

  it.each(HOSTILE.map((q) => [q.length > 40 ? `${q.slice(0, 20)}… (${q.length} chars)` : q, q]))(
    '%j returns results or none, never an error',
    async (_label, query) => {
      const results = await search(query);
      expect(Array.isArray(results.groups)).toBe(true);
      expect(results.total).toBe(results.groups.reduce((sum, group) => sum + group.hits.length, 0));
      expect(log.error).not.toHaveBeenCalled();
    },
  );

  it('reads operators and quotes as plain words', async () => {
    const quoted = await search('"dinas késéhatan" -campak');
    expect(quoted.words).toEqual(['dinas', 'késéhatan', 'campak']);
    const texts = quoted.groups.flatMap((g) => g.hits.map((h) => h.snippet.map((p) => p.text).join('')));
    expect(texts.some((text) => text.includes('imunisasi'))).toBe(true);
    // "OR" is a word here, not an operator: nothing contains it, so nothing matches.
    expect((await search('dinas OR kesehatan')).total).toBe(0);
  });

  it('an only-punctuation query returns nothing without touching the index', async () => {
    expect(await search('!!! ??? ---')).toEqual({ words: [], groups: [], total: 0, truncated: false, next: null });
  });

  it('refuses a query over 10,000 characters with an Indonesian message', async () => {
    const result = await dispatch('search:query', { query: 'x'.repeat(10_001) }, testContext(temp.db), log);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!result.ok) expect(result.error.message).toMatch(/terlalu panjang/);
  });
});

describe('search: matching', () => {
  it('is diacritics- and case-insensitive both ways', async () => {
    for (const [query, expected] of [
      ['kesehatan imunisasi', 'Késéhatan'],
      ['KÉSEHATAN campak', 'Késéhatan'],
      ['Pendidikan sekolah rusak', 'pendidikan'],
      ['seberang', 'Séberang'],
    ] as const) {
      const results = await search(query, { kinds: ['minute'], limit: 200 });
      const marked = (results.groups[0]?.hits ?? []).flatMap((hit) =>
        hit.snippet.filter((part) => part.hit).map((part) => part.text),
      );
      expect(marked, query).toContain(expected);
    }
  });

  it('matches the last word as a prefix, for search while typing', async () => {
    const results = await search('cakupan imuni', { kinds: ['minute'] });
    expect(results.groups[0]?.hits[0]?.snippet.some((part) => part.hit && part.text === 'imunisasi')).toBe(true);
  });

  it('groups by kind with the meeting, its date and where to open', async () => {
    const results = await search('dinas', { limit: 200 });
    const kinds = results.groups.map((group) => group.kind);
    expect(kinds).toEqual(
      [...kinds].sort(
        (a, b) =>
          ['minute', 'decision', 'commitment', 'update', 'meeting', 'person', 'unit'].indexOf(a) -
          ['minute', 'decision', 'commitment', 'update', 'meeting', 'person', 'unit'].indexOf(b),
      ),
    );
    expect(kinds).toContain('unit');
    const minute = results.groups.find((g) => g.kind === 'minute')?.hits[0];
    expect(minute?.meeting).toMatchObject({
      title: expect.stringMatching(/^Rapat Koordinasi/),
      date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(minute?.open).toMatchObject({ to: 'meeting', focusKind: 'minute' });
    const unit = results.groups.find((g) => g.kind === 'unit')?.hits[0];
    expect(unit?.meeting).toBeNull();
    expect(unit?.open).toMatchObject({ to: 'masterData', section: 'opd' });
    expect(unit?.title.some((part) => part.hit && /dinas/i.test(part.text))).toBe(true);
  });

  it('returns the top N and says when there is more', async () => {
    const results = await search('rapat', { limit: 5 });
    expect(results.total).toBe(5);
    expect(results.truncated).toBe(true);
    const only = await search('rapat', { kinds: ['meeting'], limit: 200 });
    expect(only.groups.map((g) => g.kind)).toEqual(['meeting']);
  });
});

describe('search: building the FTS expression', () => {
  it('quotes every word and prefixes the last', () => {
    expect(matchExpression('dinas "kesehatan" -OR (x')).toBe('"dinas" AND "kesehatan" AND "OR" AND "x" *');
    expect(matchExpression('  ')).toBeNull();
    expect(matchExpression('🎉 *** "')).toBeNull();
    expect(queryWords('a'.repeat(5).split('').join(' ').repeat(20)).length).toBe(24);
  });

  it('marks matches like the index does: any case, any accents, the last word as a prefix', () => {
    expect(highlightAll('Dinas Késéhatan <b>Kab.</b>', ['dinas', 'kesehat'])).toEqual([
      { text: 'Dinas', hit: true },
      { text: ' ', hit: false },
      { text: 'Késéhatan', hit: true },
      { text: ' <b>Kab.</b>', hit: false },
    ]);
    expect(highlightAll('Kesehatan', ['kesehat'], false)).toEqual([{ text: 'Kesehatan', hit: false }]);
    expect(highlightAll('', ['x'])).toEqual([]);
  });

  it('cuts a long passage around the words found', () => {
    const text = `${'awal '.repeat(40)}laporan dinas kesehatan tentang imunisasi ${'akhir '.repeat(40)}`.trim();
    const parts = snippetOf(text, ['kesehatan', 'imunisasi'], 100);
    expect(parts[0]).toEqual({ text: '…', hit: false });
    expect(parts.at(-1)).toEqual({ text: '…', hit: false });
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['kesehatan', 'imunisasi']);
    expect(parts.map((p) => p.text).join('')).toMatch(/^…(awal )+laporan dinas kesehatan tentang imunisasi( akhir)+…$/);
    expect(snippetOf('pendek saja', ['kata'])).toEqual([{ text: 'pendek saja', hit: false }]);
  });
});
