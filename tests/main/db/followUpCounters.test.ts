import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/main/db/migrate';
import { MIGRATIONS } from '../../../electron/main/db/migrations';
import type { Db } from '../../../electron/main/db/connection';
import {
  followUpCounterDrift,
  PLAIN_OPEN_OWNERS_SQL,
  rebuildFollowUpCounters,
} from '../../../electron/main/db/followUpCounters';
import { PLAIN_DASHBOARD_SQL, unitCounts } from '../../../electron/main/repositories/followUpDashboardRepository';
import { OWNER_STATUSES } from '../../../shared/domain/commitment';
import { addDays } from '../../../shared/domain/followUp';

/*
 * The counters of migration 0015 are kept by triggers; these tests hold them equal to the
 * plain definition at every step of random writes in every zone of the data (owners,
 * commitments, meetings; soft and hard deletes, restores, status, OPD and due date
 * changes, meetings moved between series and dates), and the dashboard read from them equal to
 * the plain dashboard query. The drift check covers 0021's open owners of the carry-over too, so
 * the random walk holds them as well.
 */

let dir: string;
let db: Db;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'risalah-counters-'));
  db = new Database(join(dir, 'risalah.db'));
  db.pragma('foreign_keys = ON');
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const TODAY = '2026-11-28';
const UNITS = ['u0', 'u1', 'u2', 'u3'];
const MEETINGS = ['m0', 'm1', 'm2'];
const SERIES = ['s0', 's1'];
const SERIES_OF = [null, 's0', 's1'];
const DATES = ['2026-09-01', '2026-10-01', '2026-11-01'];
const DUES = [null, '2026-11-01', '2026-11-27', TODAY, '2026-11-30', '2026-12-04', '2026-12-20'];

function world(database: Db): void {
  for (const unit of UNITS)
    database
      .prepare('INSERT INTO units (id, name, created_at, updated_at) VALUES (?, ?, 1, 1)')
      .run(unit, `OPD ${unit}`);
  for (const series of SERIES)
    database.prepare(`INSERT INTO series (id, title, created_at, updated_at) VALUES (?, 'Rakor', 1, 1)`).run(series);
  addMeetings(database);
}

/** The three meetings, two of them in series s0 (0021 holds the open owners of meetings in a series only). */
function addMeetings(database: Db): void {
  MEETINGS.forEach((meeting, index) =>
    database
      .prepare(
        `INSERT INTO meetings (id, series_id, title, date, created_at, updated_at) VALUES (?, ?, 'Rakor', '2026-10-01', 1, 1)`,
      )
      .run(meeting, index === 2 ? null : 's0'),
  );
}

const pick = <T>(items: ReadonlyArray<T>) => fc.nat(items.length - 1).map((index) => items[index] as T);
const status = pick(OWNER_STATUSES);
const due = pick(DUES);

/** Each step is one SQL write, as some repository would issue it; ids are few so steps hit each other. */
const step = fc.oneof(
  // Adding weighs more, so most walks hold open owners for the other steps to move.
  {
    weight: 3,
    arbitrary: fc.record({ op: fc.constant('addCommitment' as const), c: fc.nat(3), m: pick(MEETINGS), due }),
  },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('addOwner' as const), c: fc.nat(3), u: pick(UNITS), status }) },
  fc.record({ op: fc.constant('setStatus' as const), c: fc.nat(3), u: pick(UNITS), status }),
  fc.record({ op: fc.constant('moveOwner' as const), c: fc.nat(3), u: pick(UNITS), to: pick(UNITS) }),
  fc.record({ op: fc.constant('removeOwner' as const), c: fc.nat(3), u: pick(UNITS) }),
  fc.record({ op: fc.constant('setDue' as const), c: fc.nat(3), due }),
  fc.record({ op: fc.constant('moveCommitment' as const), c: fc.nat(3), m: pick(MEETINGS) }),
  fc.record({ op: fc.constant('softDeleteCommitment' as const), c: fc.nat(3), deleted: fc.boolean() }),
  fc.record({ op: fc.constant('hardDeleteCommitment' as const), c: fc.nat(3) }),
  fc.record({ op: fc.constant('softDeleteMeeting' as const), m: pick(MEETINGS), deleted: fc.boolean() }),
  fc.record({ op: fc.constant('hardDeleteMeeting' as const), m: pick(MEETINGS) }),
  fc.record({ op: fc.constant('setSeries' as const), m: pick(MEETINGS), series: pick(SERIES_OF) }),
  fc.record({ op: fc.constant('setDate' as const), m: pick(MEETINGS), date: pick(DATES) }),
);
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function run(database: Db, s: Step): void {
  const exec = (sql: string, ...params: unknown[]) => database.prepare(sql).run(...params);
  const cid = 'c' in s ? `c${s.c}` : '';
  switch (s.op) {
    case 'addCommitment':
      exec(
        `INSERT OR IGNORE INTO commitments (id, meeting_id, text, due_date, position, created_at, updated_at)
         SELECT ?, ?, 'Komitmen', ?, 1, 1, 1 WHERE EXISTS (SELECT 1 FROM meetings WHERE id = ?)`,
        cid,
        s.m,
        s.due,
        s.m,
      );
      return;
    case 'addOwner':
      exec(
        `INSERT OR IGNORE INTO commitment_owners (id, commitment_id, unit_id, status, created_at, updated_at)
         SELECT ?, ?, ?, ?, 1, 1 WHERE EXISTS (SELECT 1 FROM commitments WHERE id = ?)`,
        `${cid}-${s.u}`,
        cid,
        s.u,
        s.status,
        cid,
      );
      return;
    case 'setStatus':
      exec('UPDATE commitment_owners SET status = ? WHERE commitment_id = ? AND unit_id = ?', s.status, cid, s.u);
      return;
    case 'moveOwner':
      exec(
        'UPDATE OR IGNORE commitment_owners SET unit_id = ? WHERE commitment_id = ? AND unit_id = ?',
        s.to,
        cid,
        s.u,
      );
      return;
    case 'removeOwner':
      exec('DELETE FROM commitment_owners WHERE commitment_id = ? AND unit_id = ?', cid, s.u);
      return;
    case 'setDue':
      exec('UPDATE commitments SET due_date = ? WHERE id = ?', s.due, cid);
      return;
    case 'moveCommitment':
      exec(
        'UPDATE commitments SET meeting_id = ? WHERE id = ? AND EXISTS (SELECT 1 FROM meetings WHERE id = ?)',
        s.m,
        cid,
        s.m,
      );
      return;
    case 'softDeleteCommitment':
      exec('UPDATE commitments SET deleted_at = ? WHERE id = ?', s.deleted ? 5 : null, cid);
      return;
    case 'hardDeleteCommitment':
      exec('DELETE FROM commitments WHERE id = ?', cid);
      return;
    case 'softDeleteMeeting':
      exec('UPDATE meetings SET deleted_at = ? WHERE id = ?', s.deleted ? 5 : null, s.m);
      return;
    case 'hardDeleteMeeting':
      // Meetings with an approval (RESTRICT) are not in this world; the cascade takes the rest.
      exec('DELETE FROM meetings WHERE id = ?', s.m);
      return;
    case 'setSeries':
      exec('UPDATE meetings SET series_id = ? WHERE id = ?', s.series, s.m);
      return;
    case 'setDate':
      exec('UPDATE meetings SET date = ? WHERE id = ?', s.date, s.m);
      return;
  }
}

const plainDashboard = (database: Db, days: number) =>
  database.prepare(PLAIN_DASHBOARD_SQL).all({ today: TODAY, soon: addDays(TODAY, days) }) as Array<{
    unit_id: string;
    open: number;
    overdue: number;
    due_soon: number;
    done: number;
    cannot: number;
  }>;

function expectDashboardsEqual(database: Db): void {
  const kept = unitCounts(database, TODAY, 7).map((u) => [u.unitId, u.open, u.overdue, u.dueSoon, u.done, u.cannot]);
  const plain = plainDashboard(database, 7).map((u) => [u.unit_id, u.open, u.overdue, u.due_soon, u.done, u.cannot]);
  expect(kept).toEqual(plain);
}

describe('db/migrations/0015-follow-up-counters', () => {
  it('keeps the counters equal to the plain definition at every step of random writes', () => {
    let openOwnersSeen = 0;
    migrate(db);
    world(db);
    fc.assert(
      fc.property(fc.array(step, { minLength: 10, maxLength: 40, size: 'max' }), (steps) => {
        db.exec('DELETE FROM meetings; DELETE FROM follow_up_unit_counts; DELETE FROM follow_up_due_counts;');
        addMeetings(db);
        for (const s of steps) {
          run(db, s);
          expect(followUpCounterDrift(db)).toBe(0);
          expectDashboardsEqual(db);
          openOwnersSeen = Math.max(
            openOwnersSeen,
            db.prepare('SELECT count(*) FROM follow_up_open_owners').pluck().get() as number,
          );
        }
      }),
      { numRuns: 50 },
    );
    // The walk did build open owners in a series, so the drift check above held 0021's table too.
    expect(openOwnersSeen).toBeGreaterThan(1);
  }, 120_000);

  it('fills the counters from the data an older version left, and the rebuild gives the same tables', () => {
    migrate(db, {}, MIGRATIONS, 14);
    world(db);
    // Every zone at version 14 (the one before the counters): owners of each status and OPD, dated and undated, under live,
    // deleted and restored commitments and meetings.
    for (let c = 0; c < 8; c += 1) {
      run(db, { op: 'addCommitment', c, m: MEETINGS[c % 3] as string, due: DUES[c % DUES.length] ?? null });
      UNITS.forEach((u, i) => {
        if ((c + i) % 3 !== 0) run(db, { op: 'addOwner', c, u, status: OWNER_STATUSES[(c + i) % 4] ?? 'BELUM' });
      });
    }
    run(db, { op: 'softDeleteMeeting', m: 'm1', deleted: true });
    run(db, { op: 'softDeleteCommitment', c: 2, deleted: true });
    run(db, { op: 'softDeleteCommitment', c: 5, deleted: true });
    run(db, { op: 'softDeleteCommitment', c: 5, deleted: false });
    const owners = (db.prepare('SELECT count(*) AS n FROM commitment_owners').get() as { n: number }).n;
    // Up to 0015 itself: later migrations (0016's sync outbox) are not what this test is about.
    migrate(db, {}, MIGRATIONS, 15);
    expect(db.pragma('user_version', { simple: true })).toBe(15);
    expect(followUpCounterDrift(db)).toBe(0);
    expectDashboardsEqual(db);
    const before = db.prepare('SELECT * FROM follow_up_due_counts ORDER BY unit_id, due_date').all();
    // A drift is found, and the rebuild repairs it.
    db.exec(`INSERT INTO follow_up_unit_counts (unit_id, done) VALUES ('u1', 1)
      ON CONFLICT (unit_id) DO UPDATE SET done = done + 1`);
    db.exec(`INSERT OR REPLACE INTO follow_up_due_counts (unit_id, due_date, open) VALUES ('u2', '2030-01-01', 3)`);
    expect(followUpCounterDrift(db)).toBeGreaterThanOrEqual(2);
    rebuildFollowUpCounters(db);
    expect(followUpCounterDrift(db)).toBe(0);
    expect(db.prepare('SELECT * FROM follow_up_due_counts ORDER BY unit_id, due_date').all()).toEqual(before);
    expect(owners).toBeGreaterThan(10);
    expect(before.length).toBeGreaterThan(2);
  });

  it('0021 fills the open owners from older data (replacing 0018); the check finds a drift and the rebuild repairs it', () => {
    migrate(db, {}, MIGRATIONS, 20);
    world(db);
    for (let c = 0; c < 8; c += 1) {
      run(db, { op: 'addCommitment', c, m: MEETINGS[c % 3] as string, due: DUES[c % DUES.length] ?? null });
      UNITS.forEach((u, i) => run(db, { op: 'addOwner', c, u, status: OWNER_STATUSES[(c + i) % 4] ?? 'BELUM' }));
    }
    run(db, { op: 'softDeleteCommitment', c: 3, deleted: true });
    run(db, { op: 'softDeleteMeeting', m: 'm1', deleted: true });
    migrate(db, {}, MIGRATIONS, 21);
    expect(
      db.prepare("SELECT count(*) FROM sqlite_schema WHERE name LIKE 'follow_up_meeting_counts%'").pluck().get(),
    ).toBe(0);
    const kept = () => db.prepare('SELECT * FROM follow_up_open_owners ORDER BY owner_id').all();
    const filled = kept();
    expect(filled).toEqual(db.prepare(`${PLAIN_OPEN_OWNERS_SQL} ORDER BY 1`).all());
    // Only m0 is live and in a series (m1 deleted, m2 in none); commitment 3 is deleted: c0 and c6 remain.
    expect(new Set(filled.map((row) => (row as { meeting_id: string }).meeting_id))).toEqual(new Set(['m0']));
    expect(filled).toContainEqual({
      owner_id: 'c0-u0',
      series_id: 's0',
      meeting_date: '2026-10-01',
      meeting_created_at: 1,
      meeting_id: 'm0',
      due_date: null,
    });
    expect(filled.length).toBe(4);
    expect(followUpCounterDrift(db)).toBe(0);
    db.exec(`UPDATE follow_up_open_owners SET meeting_date = '2000-01-01' WHERE owner_id = 'c0-u0';
      INSERT INTO follow_up_open_owners VALUES ('ghost', 's0', '2026-10-01', 1, 'm0', NULL)`);
    // The changed row counts twice (kept and plain each lack the other's), the extra one once.
    expect(followUpCounterDrift(db)).toBe(3);
    rebuildFollowUpCounters(db);
    expect(followUpCounterDrift(db)).toBe(0);
    expect(kept()).toEqual(filled);
    // Every trigger once, on a commitment with open owners (the random walk rarely builds one before deleting it).
    const walk: Step[] = [
      { op: 'addCommitment', c: 8, m: 'm0', due: '2026-11-01' },
      { op: 'addOwner', c: 8, u: 'u0', status: 'BELUM' },
      { op: 'addOwner', c: 8, u: 'u1', status: 'PROSES' },
      { op: 'setStatus', c: 8, u: 'u0', status: 'SELESAI' },
      { op: 'setStatus', c: 8, u: 'u0', status: 'BELUM' },
      { op: 'moveOwner', c: 8, u: 'u1', to: 'u2' },
      { op: 'setDue', c: 8, due: null },
      { op: 'setDate', m: 'm0', date: '2026-09-01' },
      { op: 'setSeries', m: 'm0', series: 's1' },
      { op: 'setSeries', m: 'm0', series: null },
      { op: 'setSeries', m: 'm0', series: 's0' },
      { op: 'moveCommitment', c: 8, m: 'm2' },
      { op: 'moveCommitment', c: 8, m: 'm0' },
      { op: 'softDeleteCommitment', c: 8, deleted: true },
      { op: 'softDeleteCommitment', c: 8, deleted: false },
      { op: 'softDeleteMeeting', m: 'm0', deleted: true },
      { op: 'softDeleteMeeting', m: 'm0', deleted: false },
      { op: 'removeOwner', c: 8, u: 'u0' },
      { op: 'hardDeleteCommitment', c: 8 },
      { op: 'hardDeleteMeeting', m: 'm0' },
    ];
    const sizes: number[] = [];
    for (const s of walk) {
      run(db, s);
      expect(followUpCounterDrift(db), s.op).toBe(0);
      sizes.push(db.prepare('SELECT count(*) FROM follow_up_open_owners').pluck().get() as number);
    }
    // Each change moved what it should: open owners in, closed ones out, all out of a meeting in no series.
    expect(sizes).toEqual([4, 5, 6, 5, 6, 6, 6, 6, 6, 0, 6, 4, 6, 4, 6, 0, 6, 5, 4, 0]);
    expect(kept()).toEqual([]);
  });

  it('0021 counts owners written before their commitment and meeting (a sync applying rows out of order)', () => {
    migrate(db);
    world(db);
    db.pragma('foreign_keys = OFF');
    run(db, { op: 'addCommitment', c: 1, m: 'm0', due: null });
    db.exec(`DELETE FROM meetings WHERE id = 'm0'; DELETE FROM commitments WHERE id = 'c1';
      INSERT INTO commitment_owners (id, commitment_id, unit_id, status, created_at, updated_at)
        VALUES ('c1-u0', 'c1', 'u0', 'PROSES', 1, 1)`);
    expect(db.prepare('SELECT count(*) FROM follow_up_open_owners').pluck().get()).toBe(0);
    db.exec(`INSERT INTO commitments (id, meeting_id, text, due_date, position, created_at, updated_at)
      VALUES ('c1', 'm0', 'Komitmen', '2026-12-04', 1, 1, 1)`);
    expect(db.prepare('SELECT count(*) FROM follow_up_open_owners').pluck().get()).toBe(0);
    db.exec(`INSERT INTO meetings (id, series_id, title, date, created_at, updated_at)
      VALUES ('m0', 's1', 'Rakor', '2026-10-01', 1, 1)`);
    db.pragma('foreign_keys = ON');
    expect(db.prepare('SELECT owner_id, series_id, due_date FROM follow_up_open_owners').all()).toEqual([
      { owner_id: 'c1-u0', series_id: 's1', due_date: '2026-12-04' },
    ]);
    // (0015's counters are not kept for rows written out of order; this is about 0021's table.)
    expect(db.prepare('SELECT * FROM follow_up_open_owners').all()).toEqual(db.prepare(PLAIN_OPEN_OWNERS_SQL).all());
  });
});
