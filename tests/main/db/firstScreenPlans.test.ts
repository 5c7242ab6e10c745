import { describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/main/db/connection';
import { DASHBOARD_SQL, PLAIN_DASHBOARD_SQL } from '../../../electron/main/repositories/followUpDashboardRepository';
import { openByDueSql } from '../../../electron/main/repositories/followUpOpenList';
import { useTempDb } from '../support/useTempDb';

/*
 * The first screen must not read the archive: the queries behind Beranda's follow-up card
 * and the bell (one query, followup:reminders) may scan only tables the size of the OPD list
 * (units, the counters), never commitments, their owners, meetings or minutes. A plan test
 * catches a regression on a small file that only the big archive would otherwise show.
 */
const ARCHIVE_TABLES = ['commitments', 'commitment_owners', 'meetings', 'minute_sections', 'commitment_updates'];

const temp = useTempDb();

function fullScans(db: Db, sql: string, params: Record<string, unknown>): string[] {
  const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as Array<{ detail: string }>;
  // "SCAN t" or "SCAN t USING ... INDEX" reads every row of t; "SEARCH" seeks a range.
  return plan
    .map((row) => row.detail)
    .filter(
      (detail) =>
        ARCHIVE_TABLES.some((table) => new RegExp(`^SCAN ${table}\\b|^SCAN \\w+ .*\\b${table}\\b`).test(detail)) ||
        /^SCAN (c|o|m)\b/.test(detail),
    );
}

describe('first screen query plans', () => {
  const params = { today: '2026-11-28', soon: '2026-12-05' };

  it('the dashboard behind the Beranda card and the bell reads no archive table', () => {
    const plan = temp.db.prepare(`EXPLAIN QUERY PLAN ${DASHBOARD_SQL}`).all(params) as Array<{ detail: string }>;
    expect(plan.length).toBeGreaterThan(0);
    expect(fullScans(temp.db, DASHBOARD_SQL, params)).toEqual([]);
    expect(plan.some((row) => /follow_up_due_counts/.test(row.detail) && /^SEARCH/.test(row.detail))).toBe(true);
  });

  it('the Tindak Lanjut first page (Belum selesai, Terlambat) seeks the open commitments by due date, never scans', () => {
    for (const status of ['TERBUKA', 'TERLAMBAT'] as const) {
      for (const dated of [true, false]) {
        const sql = openByDueSql({ status }, dated);
        const keyset = { today: params.today, limit: 26, afterDue: '', afterId: '' };
        const plan = temp.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(keyset) as Array<{ detail: string }>;
        expect(fullScans(temp.db, sql, keyset)).toEqual([]);
        expect(
          plan.some((row) => /^SEARCH k USING COVERING INDEX follow_up_open_commitments_due/.test(row.detail)),
        ).toBe(true);
        expect(plan.some((row) => /TEMP B-TREE FOR ORDER BY/.test(row.detail))).toBe(false);
      }
    }
  });

  it('the check itself sees a scan: the plain definition reads every commitment', () => {
    expect(fullScans(temp.db, PLAIN_DASHBOARD_SQL, params).length).toBeGreaterThan(0);
  });
});
