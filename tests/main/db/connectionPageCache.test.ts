import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openReadOnlyAt, openReader, PAGE_CACHE_KIB, type Db } from '../../../electron/main/db/connection';
import { latestVersion } from '../../../electron/main/db/migrate';
import { openTempDb, type TempDb } from '../support/tempDb';

/*
 * Every connection the app opens has the archive-sized page cache (issue 17: with SQLite's 2 MB
 * default a search on a big archive reads its pages from the file again between two queries).
 */
let temp: TempDb;
const opened: Db[] = [];

beforeEach(() => {
  temp = openTempDb();
});
afterEach(() => {
  opened.splice(0).forEach((db) => db.close());
  temp.dispose();
});

describe('page cache', () => {
  it('is 64 MB on the read-write, the start-up read-only and the worker connections', () => {
    const readOnly = openReadOnlyAt(temp.file, latestVersion());
    expect(readOnly).not.toBeNull();
    if (readOnly) opened.push(readOnly);
    opened.push(openReader(temp.file));
    expect(PAGE_CACHE_KIB).toBe(65536);
    for (const db of [temp.db, ...opened]) expect(db.pragma('cache_size', { simple: true })).toBe(-PAGE_CACHE_KIB);
  });
});
