import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/main/ipc/dispatch';
import { freezeCarryOver } from '../../../electron/main/repositories/carryOverRepository';
import type { CarryOverPage } from '../../../shared/domain/followUpViews';
import type { Logger } from '../../../electron/main/log';
import { generateArchive } from '../../bench/archiveGenerator';
import { openTempDb, testContext, type TempDb } from '../support/tempDb';

/*
 * Opening a meeting reads that meeting only (issue 17). Every channel the meeting page calls on
 * its way to the first tab, and those of the live tab, is run here on a small archive through
 * dispatch with each statement recorded, and each statement's plan must seek: no "SCAN" of a
 * table that grows with the years (meetings, minutes, decisions, commitments, owners, updates,
 * attendance, agenda, audit). The master data a picker needs (people, units, series) may be read
 * whole: it grows with the office, not the archive. The carry-over of the Tindak Lanjut tab
 * (followup:carryover) is here too, on a meeting whose series holds the archive: its first page,
 * a later one, and the frozen list of an approved meeting.
 */
const OPEN_PATH = [
  'meetings:get',
  'approval:state',
  'agenda:list',
  'attendance:list',
  'letter:get',
  'settings:get-instansi',
  'series:list',
  'units:list',
  'people:list',
  'minutes:get',
  'decisions:list',
  'commitments:list',
  'agenda:timers',
] as const;

// Whole reads that are allowed: row sources of one statement, master data, tiny settings tables.
const ALLOWED =
  /json_each|CONSTANT ROW|\(subquery-\d+\)|^SCAN (r|units|u|un|series|s|settings|agenda_templates|people|p)\b/;

let temp: TempDb;
let recorder: Database.Database;
const statements: string[] = [];
let meetingId = '';
let approvedId = '';
const SERIES = '00000000-0000-4000-8000-000000000001';
const log: Logger = { info: vi.fn(), error: vi.fn() };

beforeAll(() => {
  temp = openTempDb();
  const archive = generateArchive(temp.db, { meetings: 12, sectionsPerMeeting: 3, wordsPerSection: 30, seed: 5 });
  meetingId = archive.meetingIds[archive.meetingIds.length - 1] ?? '';
  // One series holds every meeting, with open owners, so the newest carries the archive's commitments.
  temp.db.exec(`INSERT INTO series (id, title, created_at, updated_at) VALUES ('${SERIES}', 'Rakor', 1, 1);
    UPDATE meetings SET series_id = '${SERIES}'; UPDATE commitment_owners SET status = 'BELUM';`);
  approvedId = archive.meetingIds[archive.meetingIds.length - 2] ?? '';
  temp.db.transaction(() =>
    freezeCarryOver(temp.db, approvedId as never, '2026-11-30', { now: 1, actor: 'penguji' }),
  )();
  temp.db
    .prepare(
      `INSERT INTO documents (id, meeting_id, version, canonical_json, sha256, approved_at, approved_by, created_at)
       VALUES ('d1', ?, 1, '{}', 'x', 0, 'Ketua', 0)`,
    )
    .run(approvedId);
  // A second connection to the same file that writes down every statement it runs.
  recorder = new Database(temp.file, { verbose: (sql) => statements.push(String(sql)) });
});
afterAll(() => {
  recorder.close();
  temp.dispose();
});

function scansOf(sql: string): string[] {
  const plan = recorder.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>;
  return plan.map((row) => row.detail).filter((detail) => /^SCAN /.test(detail) && !ALLOWED.test(detail));
}

describe('opening a meeting', () => {
  it.each(OPEN_PATH)('%s seeks the meeting’s own rows, never scans the archive', async (channel) => {
    const input = ['settings:get-instansi', 'series:list', 'units:list', 'people:list'].includes(channel)
      ? {}
      : channel === 'meetings:get'
        ? { id: meetingId }
        : { meetingId };
    statements.length = 0;
    const result = await dispatch(channel, input as never, testContext(recorder), log);
    expect(result.ok, JSON.stringify(result).slice(0, 200)).toBe(true);
    const reads = statements.filter((sql) => /^\s*(SELECT|WITH)/i.test(sql));
    expect(reads.length).toBeGreaterThan(0);
    for (const sql of reads) expect(scansOf(sql), sql.replace(/\s+/g, ' ').slice(0, 300)).toEqual([]);
  });

  it('followup:carryover (the Tindak Lanjut tab) seeks its page and its counts, live and frozen', async () => {
    const call = async (input: object) => {
      statements.length = 0;
      const result = await dispatch('followup:carryover', input as never, testContext(recorder), log);
      if (!result.ok) throw new Error(result.error.message);
      const reads = statements.filter((sql) => /^\s*(SELECT|WITH)/i.test(sql));
      expect(reads.length).toBeGreaterThan(2);
      for (const sql of reads) expect(scansOf(sql), sql.replace(/\s+/g, ' ').slice(0, 300)).toEqual([]);
      return result.value as CarryOverPage;
    };
    const first = await call({ meetingId, pageSize: 5 });
    expect(first.items).toHaveLength(5);
    expect(first.open).toBeGreaterThan(5);
    const second = await call({ meetingId, pageSize: 5, after: first.next });
    expect(second.items[0]?.position).toBe(6);
    const frozen = await call({ meetingId: approvedId, pageSize: 5 });
    expect(frozen).toMatchObject({ live: false, takenOn: '2026-11-30' });
    await call({ meetingId: approvedId, pageSize: 5, after: frozen.next });
  });

  it('the check sees a scan where there is one', () => {
    expect(scansOf('SELECT count(*) FROM commitments c JOIN meetings m ON m.id = c.meeting_id')).not.toEqual([]);
  });
});
