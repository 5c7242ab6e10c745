import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/main/db/connection';
import { mergeSearchIndex, mergeSearchStep, searchSegmentCount } from '../../../electron/main/db/searchIndexMerge';
import { searchIndex } from '../../../electron/main/repositories/searchRepository';
import type { SearchCursor } from '../../../shared/domain/search';
import { generateArchive } from '../../bench/archiveGenerator';
import { writeInSmallTransactions } from '../support/smallSaves';
import { openTempDb, type TempDb } from '../support/tempDb';

/*
 * Merging the full-text index (issue 17): an index written in many small transactions (her
 * autosaves) is many segments; the merge makes it one and every search answers as before.
 */
let temp: TempDb;

beforeEach(() => {
  temp = openTempDb();
  generateArchive(temp.db, { meetings: 60, sectionsPerMeeting: 3, wordsPerSection: 50, seed: 3 });
  temp.db.prepare('UPDATE meetings SET deleted_at = 1 WHERE id = (SELECT id FROM meetings ORDER BY id LIMIT 1)').run();
  writeInSmallTransactions(temp.db, 300);
});
afterEach(() => temp.dispose());

/** Segments counted the slow way, from the leaf-page index: checks the structure record's reading. */
const segmentsInIdx = (db: Db) => db.prepare('SELECT count(DISTINCT segid) FROM search_index_idx').pluck().get();

/** Raw FTS5 expressions, prefix and NOT included, each as its full list of rowids. */
const RAW = ['kesehatan', 'pen*', 'inflasi NOT beras', '"rapat koordinasi"', 'pupuk AND benih', 'st*', 'zzyzx'];
/** What she types in Cari (the last word a prefix), every page of each. */
const TYPED = ['kesehatan', 'pendid', 'dinas kes', 'jembatan irigasi', 'zzyzx'];

function answers(db: Db): Record<string, unknown> {
  const found: Record<string, unknown> = {};
  const raw = db.prepare('SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rowid').pluck();
  for (const expression of RAW) found[expression] = raw.all(expression);
  for (const query of TYPED) {
    const pages = [];
    let after: SearchCursor | undefined;
    for (let guard = 0; guard < 100; guard += 1) {
      const page = searchIndex(db, { query, limit: 20, ...(after ? { after } : {}) });
      pages.push(page);
      if (page.next === null) break;
      after = page.next;
    }
    found[`typed ${query}`] = pages;
  }
  return found;
}

const integrityCheck = (db: Db) =>
  db.prepare("INSERT INTO search_index(search_index, rank) VALUES('integrity-check', 1)").run();

describe('merging the search index', () => {
  it('makes an index written in many small transactions one segment, and every search answers as before', () => {
    const before = answers(temp.db);
    expect((before['kesehatan'] as unknown[]).length).toBeGreaterThan(10);
    expect((before['typed pendid'] as unknown[]).length).toBeGreaterThan(1);
    const segments = searchSegmentCount(temp.db);
    expect(segments).toBeGreaterThan(4);
    expect(segmentsInIdx(temp.db)).toBe(segments);

    const outcome = mergeSearchIndex(temp.db, 16);
    expect(outcome.segmentsBefore).toBe(segments);
    expect(outcome.steps).toBeGreaterThan(1);
    expect(outcome.segmentsAfter).toBe(1);
    expect(segmentsInIdx(temp.db)).toBe(1);
    expect(answers(temp.db)).toEqual(before);
    expect(() => integrityCheck(temp.db)).not.toThrow();
  });

  it('stops when done: a step on a merged index does nothing', () => {
    mergeSearchIndex(temp.db);
    expect(mergeSearchStep(temp.db).worked).toBe(false);
    expect(mergeSearchIndex(temp.db)).toMatchObject({ segmentsBefore: 1, segmentsAfter: 1, steps: 0 });
  });

  it('saves between steps, on the same connection and on another, are kept and found', () => {
    const other = openDatabase(temp.file).db;
    try {
      const sectionIds = temp.db
        .prepare('SELECT id FROM minute_sections ORDER BY id LIMIT 40')
        .pluck()
        .all() as string[];
      let steps = 0;
      // Each save writes a segment the merge then has to fold in, so saves are made for a dozen steps.
      while (steps < 12 && mergeSearchStep(temp.db, 8).worked) {
        const id = sectionIds[steps % sectionIds.length] ?? '';
        const save = steps % 2 === 0 ? temp.db : other;
        // A save as the app makes one: a deferred transaction that reads, then writes.
        save.transaction(() => {
          save.prepare('SELECT content_text FROM minute_sections WHERE id = ?').get(id);
          save.prepare('UPDATE minute_sections SET content_text = ? WHERE id = ?').run(`kataunik${steps} disimpan`, id);
        })();
        steps += 1;
      }
      expect(steps).toBe(12);
      // Saves made during the merge each wrote a segment; the merge runs on until they are folded in.
      mergeSearchIndex(temp.db, 8);
      expect(searchSegmentCount(temp.db)).toBe(1);
      expect(() => integrityCheck(temp.db)).not.toThrow();
      const found = temp.db.prepare('SELECT count(*) FROM search_index WHERE search_index MATCH ?').pluck();
      // Each section's last save holds its word; earlier saves of the same section were replaced.
      const last = new Map<string, number>();
      for (let step = 0; step < steps; step += 1) last.set(sectionIds[step % sectionIds.length] ?? '', step);
      for (const step of last.values()) expect(found.get(`kataunik${step}`), `kataunik${step}`).toBe(1);
    } finally {
      other.close();
    }
  });

  it('never waits for the write lock: a save holding it elsewhere makes the step fail busy, at once, and both go on', () => {
    const other = openDatabase(temp.file).db;
    try {
      const timeout = temp.db.pragma('busy_timeout', { simple: true });
      other.exec('BEGIN IMMEDIATE');
      other.prepare("UPDATE minute_sections SET content_text = 'sedang disimpan' WHERE rowid = 1").run();
      expect(() => mergeSearchStep(temp.db)).toThrow(expect.objectContaining({ code: 'SQLITE_BUSY' }));
      expect(temp.db.pragma('busy_timeout', { simple: true })).toBe(timeout);
      other.exec('COMMIT');
      expect(mergeSearchIndex(temp.db).segmentsAfter).toBe(1);
      expect(
        temp.db.prepare("SELECT count(*) FROM search_index WHERE search_index MATCH 'sedang disimpan'").pluck().get(),
      ).toBe(1);
    } finally {
      other.close();
    }
  });
});
