import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchIndex } from '../../../electron/main/repositories/searchRepository';
import type { SearchResults } from '../../../shared/domain/search';
import { openTempDb, type TempDb } from '../support/tempDb';

/*
 * An unfinished last word (4 letters or more, not yet a word of the index) is walked through its
 * 3-letter prefix and each row kept when its text holds the word (issue 17). What she gets must be
 * what FTS5's own prefix query gives: word starts only, case and accents folded as the index folds.
 */
let temp: TempDb;
const MEETING = '00000000-0000-4000-8000-000000000001';
const TEXTS = [
  'Dinas Pendidikan melaporkan sekolah rusak.',
  'PENDIDIKAN anak usia dini dibahas.',
  'Program pèndidikan nonformal (ejaan dengan aksen).',
  'Tenaga kependidikan belum cukup.',
  'Penduduk miskin didata ulang; pendapatan asli daerah naik.',
  'Dinas pendidik_an menyusun jadwal; pen-didikan tidak dihitung.',
  'Séberang: jembatan pèndopo diperbaiki.',
  'Pendidikan2026 adalah kode kegiatan.',
];

beforeAll(() => {
  temp = openTempDb();
  temp.db
    .prepare("INSERT INTO meetings (id, title, date, created_at, updated_at) VALUES (?, 'Rakor', '2026-11-27', 1, 1)")
    .run(MEETING);
  const insert = temp.db.prepare(
    "INSERT INTO minute_sections (id, meeting_id, kind, position, content_text, created_at, updated_at) VALUES (?, ?, 'DISCUSSION', ?, ?, 1, 1)",
  );
  TEXTS.forEach((text, index) => insert.run(`10000000-0000-4000-8000-00000000000${index}`, MEETING, index, text));
});
afterAll(() => temp.dispose());

const keys = (page: SearchResults) =>
  page.groups
    .flatMap((group) => group.hits)
    .map((hit) => `${hit.kind}:${hit.entityId}`)
    .sort();

function plain(match: string): string[] {
  return (
    temp.db
      .prepare(
        `SELECT k.kind || ':' || k.entity_id FROM search_index f JOIN search_keys k ON k.id = f.rowid
         WHERE search_index MATCH ? AND k.meeting_id IS NOT NULL`,
      )
      .pluck()
      .all(match) as string[]
  ).sort();
}

describe('an unfinished last word', () => {
  it.each([
    ['pendid', '"pendid" *'],
    ['PÈNDID', '"PÈNDID" *'],
    ['dinas pendid', '"dinas" AND "pendid" *'],
    ['pendidikan2', '"pendidikan2" *'],
    ['sebera', '"sebera" *'],
    ['pènd', '"pènd" *'],
  ])('"%s" finds what FTS5 finds for %s', (query, match) => {
    const expected = plain(match);
    expect(expected.length).toBeGreaterThan(0);
    expect(keys(searchIndex(temp.db, { query, kinds: ['minute'] }))).toEqual(expected);
  });

  it('finds nothing for a prefix that starts no word, even when its first 3 letters start many', () => {
    expect(plain('"pendx" *')).toEqual([]);
    expect(keys(searchIndex(temp.db, { query: 'pendx', kinds: ['minute'] }))).toEqual([]);
  });
});
