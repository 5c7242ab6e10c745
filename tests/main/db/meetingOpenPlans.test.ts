import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/main/ipc/dispatch';
import type { Logger } from '../../../electron/main/log';
import { generateArchive } from '../../bench/archiveGenerator';
import { openTempDb, testContext, type TempDb } from '../support/tempDb';

/*
 * Opening a meeting reads that meeting only (issue 17). Every channel the meeting page calls on
 * its way to the first tab, and those of the live tab, is run here on a small archive through
 * dispatch with each statement recorded, and each statement's plan must seek: no "SCAN" of a
 * table that grows with the years (meetings, minutes, decisions, commitments, owners, updates,
 * attendance, agenda, audit). The master data a picker needs (people, units, series) may be read
 * whole: it grows with the office, not the archive. The carry-over (Tindak Lanjut tab) is not
 * here: it reads the series' history (see docs/PERFORMANCE.md).
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
const log: Logger = { info: vi.fn(), error: vi.fn() };

beforeAll(() => {
  temp = openTempDb();
  const archive = generateArchive(temp.db, { meetings: 12, sectionsPerMeeting: 3, wordsPerSection: 30, seed: 5 });
  meetingId = archive.meetingIds[archive.meetingIds.length - 1] ?? '';
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

  it('the check sees a scan where there is one', () => {
    expect(scansOf('SELECT count(*) FROM commitments c JOIN meetings m ON m.id = c.meeting_id')).not.toEqual([]);
  });
});
