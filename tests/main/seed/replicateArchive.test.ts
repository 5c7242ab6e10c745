import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/main/db/connection';
import { followUpCounterDrift } from '../../../electron/main/db/followUpCounters';
import { generateBigDataset } from '../../../electron/main/services/seed/bigDataset';
import { copyShifts, replicaChecks, replicateArchive } from '../../../electron/main/services/seed/replicateArchive';
import { searchIndex } from '../../../electron/main/repositories/searchRepository';
import { openTempDb, type TempDb } from '../support/tempDb';

const opened: TempDb[] = [];
afterEach(() => opened.splice(0).forEach((temp) => temp.dispose()));

const COUNTED = [
  'meetings',
  'agenda_items',
  'attendance',
  'minute_sections',
  'decisions',
  'commitments',
  'commitment_owners',
];
const count = (db: Db, sql: string) => db.prepare(sql).pluck().get() as number;

/** A tiny seed:big archive (6 meetings over 2 years) and a byte copy of it, replicated `copies` times. */
function replicated(copies: number) {
  const temp = openTempDb();
  opened.push(temp);
  generateBigDataset(temp.db, { years: 2, scale: 0.01, seed: 7 });
  temp.db.pragma('wal_checkpoint(TRUNCATE)');
  const source = {
    tables: Object.fromEntries(COUNTED.map((table) => [table, count(temp.db, `SELECT count(*) FROM ${table}`)])),
    updates: count(temp.db, 'SELECT count(*) FROM commitment_updates'),
    open: count(temp.db, "SELECT count(*) FROM commitment_owners WHERE status IN ('BELUM', 'PROSES')"),
    search: temp.db.prepare('SELECT kind, count(*) AS n FROM search_keys GROUP BY kind').all() as Array<{
      kind: string;
      n: number;
    }>,
    dates: temp.db.prepare('SELECT min(date) AS first, max(date) AS last FROM meetings').get() as {
      first: string;
      last: string;
    },
  };
  temp.db.close();
  const file = join(temp.dir, 'copy.db');
  copyFileSync(temp.file, file);
  const { db } = openDatabase(file);
  const summary = replicateArchive(db, { sourceFile: temp.file, copies, depthYears: 8 });
  return { db, source, summary };
}

describe('services/seed/replicateArchive (npm run seed:big -- --from)', () => {
  it('spreads the copies over whole years back to the depth asked', () => {
    expect(copyShifts(9, 10, 30)).toEqual([2, 4, 7, 9, 11, 13, 16, 18, 20]);
    expect(copyShifts(2, 2, 8)).toEqual([3, 6]);
    // Less room than copies: a year apart each, never the source's own years.
    expect(copyShifts(3, 10, 11)).toEqual([1, 2, 3]);
  });

  it('copies every meeting and what hangs under it N times, with derived data right and no outbox rows', () => {
    const { db, source, summary } = replicated(2);
    try {
      for (const table of COUNTED)
        expect(count(db, `SELECT count(*) FROM ${table}`), table).toBe(3 * (source.tables[table] ?? -1));
      // Settled copies each bring one closing report per owner they closed.
      expect(count(db, 'SELECT count(*) FROM commitment_updates')).toBe(3 * source.updates + summary.closingReports);
      expect(summary.closingReports).toBeGreaterThan(0);
      // Open items are the source's, plus the few copied ones left open: not three times as many.
      const open = count(db, "SELECT count(*) FROM commitment_owners WHERE status IN ('BELUM', 'PROSES')");
      expect(open).toBeGreaterThanOrEqual(source.open);
      expect(open).toBeLessThan(source.open * 1.2 + 3);
      // Dates: the newest meeting stays, the oldest copy sits 6 whole years before the source's first.
      const dates = db
        .prepare('SELECT min(date) AS first, max(date) AS last FROM meetings')
        .get() as typeof source.dates;
      expect(dates.last).toBe(source.dates.last);
      expect(dates.first.slice(0, 4)).toBe(String(Number(source.dates.first.slice(0, 4)) - 6));
      expect(count(db, "SELECT count(*) FROM meetings WHERE title NOT LIKE '%' || substr(date, 1, 4) || '%'")).toBe(0);
      // Counters equal their plain definition; triggers are back and keep them so on a later write.
      expect(followUpCounterDrift(db)).toBe(0);
      db.prepare(
        "UPDATE commitment_owners SET status = 'SELESAI' WHERE rowid IN (SELECT rowid FROM commitment_owners WHERE status = 'PROSES' LIMIT 3)",
      ).run();
      expect(followUpCounterDrift(db)).toBe(0);
      expect(count(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'")).toBeGreaterThan(40);
      // Search: every kind three times over (master data once), FTS sound, numbered in writing order.
      const checks = replicaChecks(db);
      for (const { kind, n } of source.search)
        expect(checks.searchKinds[kind], kind).toBe(
          kind === 'unit' || kind === 'person' ? n : 3 * n + (kind === 'update' ? summary.closingReports : 0),
        );
      expect(checks).toMatchObject({ integrity: true, foreignKeyViolations: 0, outbox: 0 });
      const order = db
        .prepare(
          "SELECT m.date FROM search_keys k JOIN meetings m ON m.id = k.meeting_id WHERE k.kind = 'meeting' ORDER BY k.id",
        )
        .pluck()
        .all() as string[];
      expect(order).toEqual([...order].sort());
      // Through the app's own search: a word only the copies wrote is found.
      expect(searchIndex(db, { query: 'evaluasi tindak lanjut akhir tahun', limit: 50 }).total).toBeGreaterThan(0);
      const found = count(
        db,
        'SELECT count(*) FROM search_index WHERE search_index MATCH \'"evaluasi tindak lanjut akhir tahun"\'',
      );
      expect(found).toBe(summary.closingReports);
    } finally {
      db.close();
    }
  });
});
