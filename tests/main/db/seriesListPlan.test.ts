import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/main/ipc/dispatch';
import type { Logger } from '../../../electron/main/log';
import { generateBigDataset } from '../../../electron/main/services/seed/bigDataset';
import type { Series } from '../../../shared/domain/series';
import { openTempDb, testContext, type TempDb } from '../support/tempDb';

/*
 * series:list is on the way to every meeting page (issue 17). Its per-series last date must come
 * from an index alone (migration 0019): reading each meeting row for deleted_at made it grow with
 * the archive (0.9 ms at scale 1, 28 ms at scale 7), and so did counting the series' index entries.
 */
let temp: TempDb;
let recorder: Database.Database;
const statements: string[] = [];
const log: Logger = { info: vi.fn(), error: vi.fn() };

beforeAll(() => {
  temp = openTempDb();
  generateBigDataset(temp.db, { years: 2, scale: 0.01, seed: 3 });
  temp.db.pragma('wal_checkpoint(TRUNCATE)');
  recorder = new Database(temp.file, { verbose: (sql) => statements.push(String(sql)) });
});
afterAll(() => {
  recorder.close();
  temp.dispose();
});

const meetingReads = (sql: string) =>
  (recorder.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>)
    .map((row) => row.detail)
    .filter((detail) => /^(SEARCH|SCAN) m\b/.test(detail));

describe('series:list', () => {
  it('finds each series’ last date by one seek in the live-meetings index, counting none of its meetings', async () => {
    statements.length = 0;
    const result = await dispatch('series:list', {}, testContext(recorder), log);
    expect(result.ok).toBe(true);
    const sql = statements.filter((text) => /FROM meetings m/.test(text));
    expect(sql.length).toBeGreaterThan(0);
    // A count walks every entry of the series: it grew with the years behind (issue 17).
    for (const text of sql) expect(text).not.toMatch(/count\(/i);
    const reads = sql.flatMap(meetingReads);
    expect(reads.length).toBeGreaterThan(0);
    for (const detail of reads) expect(detail).toMatch(/USING COVERING INDEX meetings_series_live/);
  });

  it('takes the last date of live meetings only', async () => {
    const before = await dispatch('series:list', {}, testContext(recorder), log);
    if (!before.ok) throw new Error(before.error.message);
    const series = (before.value as Series[]).find((item) => item.lastMeetingDate !== null);
    expect(series).toBeDefined();
    recorder
      .prepare('UPDATE meetings SET deleted_at = 1 WHERE series_id = ? AND date = ?')
      .run(series?.id, series?.lastMeetingDate);
    const earlier = recorder
      .prepare('SELECT max(date) FROM meetings WHERE series_id = ? AND deleted_at IS NULL')
      .pluck()
      .get(series?.id);
    expect(earlier).not.toBe(series?.lastMeetingDate);
    const after = await dispatch('series:list', {}, testContext(recorder), log);
    if (!after.ok) throw new Error(after.error.message);
    expect((after.value as Series[]).find((item) => item.id === series?.id)?.lastMeetingDate).toBe(earlier);
  });
});
