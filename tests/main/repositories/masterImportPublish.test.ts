import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/main/db/connection';
import {
  endPublishing,
  isPublishing,
  markPublishing,
  publishSome,
  settleUnfinishedImport,
  startCursor,
} from '../../../electron/main/repositories/masterImportPublish';
import { stagePerson, stageUnit } from '../../../electron/main/repositories/masterImportStaging';
import { openTempDb, type TempDb } from '../support/tempDb';
import { generatedNip } from '../services/importSupport';
import { personInput } from '../../fixtures/masterData/personInput';

/*
 * Issue 15: a decided import is made live in slices (masterImportPublish.ts). What a crash in
 * the middle leaves is finished, never half kept; a NIP she typed by hand between two slices
 * wins over the hidden row that would clash with it, and the rest of the file lands.
 */
let temp: TempDb;
const ctx = { now: 1, actor: 'impor' };

beforeEach(() => {
  temp = openTempDb();
});
afterEach(() => temp.dispose());

const count = (db: Db, sql: string) => (db.prepare(sql).get() as { n: number }).n;

function stageFile(db: Db, officials: number): void {
  db.transaction(() => {
    const unitId = stageUnit(db, { code: 'DINKES', name: 'Dinas Kesehatan', shortName: 'Dinkes', kind: 'dinas' }, ctx);
    for (let i = 0; i < officials; i += 1) {
      stagePerson(db, personInput({ name: `Pegawai Uji ${i}`, nip: generatedNip(i), position: 'Staf', unitId }), ctx);
    }
  })();
}

const live = (db: Db) => ({
  units: count(db, 'SELECT count(*) AS n FROM units WHERE deleted_at IS NULL'),
  people: count(db, 'SELECT count(*) AS n FROM people WHERE deleted_at IS NULL'),
  entries: count(db, "SELECT count(*) AS n FROM search_keys WHERE kind IN ('unit', 'person') AND meeting_id IS NULL"),
  hidden: count(db, 'SELECT count(*) AS n FROM people WHERE deleted_at = -1'),
});

/** A file of `officials` decided, then cut off (a crash) once its first two slices of 3 went live; its cursor. */
function cutOffAfterTwoSlices(db: Db, officials: number): ReturnType<typeof startCursor> {
  stageFile(db, officials);
  db.transaction(() => markPublishing(db, 2))();
  const cursor = startCursor();
  db.transaction(() => publishSome(db, cursor, 3))();
  db.transaction(() => publishSome(db, cursor, 3))();
  return cursor;
}

describe('publishing a decided import in slices', () => {
  it('makes a few rows live per slice, entries with their rows, and leaves the search triggers on between slices', () => {
    const { db } = temp;
    stageFile(db, 10);
    db.transaction(() => markPublishing(db, 2))();
    const cursor = startCursor();
    expect(db.transaction(() => publishSome(db, cursor, 4))()).toBe(true); // the unit
    expect(db.transaction(() => publishSome(db, cursor, 4))()).toBe(true); // 4 officials
    expect(live(db)).toEqual({ units: 1, people: 4, entries: 5, hidden: 6 });
    expect(count(db, 'SELECT count(*) AS n FROM search_bulk')).toBe(0);
    while (db.transaction(() => publishSome(db, cursor, 4))());
    expect(cursor.leftHidden).toBe(false);
    endPublishing(db, cursor);
    expect(live(db)).toEqual({ units: 1, people: 10, entries: 11, hidden: 0 });
    expect(isPublishing(db)).toBe(false);
  });

  it('finishes at the next start what a crash cut off after the decision, and drops what it cut off before', () => {
    const { db } = temp;
    cutOffAfterTwoSlices(db, 10);
    expect(live(db).people).toBe(3);
    // The process dies here; the next start settles it before any write.
    expect(settleUnfinishedImport(db)).toBe('published');
    expect(live(db)).toEqual({ units: 1, people: 10, entries: 11, hidden: 0 });
    expect(isPublishing(db)).toBe(false);

    stageFile(db, 5); // a second file, cut off before its decision
    expect(settleUnfinishedImport(db)).toBe('discarded');
    expect(live(db)).toEqual({ units: 1, people: 10, entries: 11, hidden: 0 });
    expect(count(db, 'SELECT count(*) AS n FROM people')).toBe(10);
  });

  it('keeps her own official when she typed a NIP of the file between two slices; the rest of the file lands', () => {
    const { db } = temp;
    const cursor = cutOffAfterTwoSlices(db, 6);
    db.prepare(
      `INSERT INTO people (id, name, nip, position, phone, email, is_political, active, created_at, updated_at)
       VALUES ('her-own', 'Ibu Ketik Sendiri', ?, 'Kasubag', '', '', 0, 1, 5, 5)`,
    ).run(generatedNip(4));
    while (db.transaction(() => publishSome(db, cursor, 3))());
    expect(cursor.leftHidden).toBe(true);
    endPublishing(db, cursor);
    const names = db.prepare('SELECT name FROM people WHERE deleted_at IS NULL ORDER BY rowid').all();
    expect(names.map((row) => (row as { name: string }).name)).toEqual([
      'Pegawai Uji 0',
      'Pegawai Uji 1',
      'Pegawai Uji 2',
      'Pegawai Uji 3',
      'Pegawai Uji 5',
      'Ibu Ketik Sendiri',
    ]);
    expect(count(db, 'SELECT count(*) AS n FROM people')).toBe(6);
    expect(count(db, "SELECT count(*) AS n FROM search_keys WHERE meeting_id = 'impor-belum-terbit'")).toBe(0);
    expect(count(db, "SELECT count(*) AS n FROM audit_log WHERE after_json LIKE '%Pegawai Uji 4\"%'")).toBe(0);
  });
});
