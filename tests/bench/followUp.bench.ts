import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../electron/main/db/connection';
import { DASHBOARD_SQL, unitCounts } from '../../electron/main/repositories/followUpDashboardRepository';
import { listFollowUps, listSql } from '../../electron/main/repositories/followUpRepository';
import { addDays } from '../../shared/domain/followUp';
import type { FollowUpQuery } from '../../shared/domain/followUpViews';
import type { SeriesId, UnitId } from '../../shared/domain/ids';
import { percentile, printFigure, sideBySide } from './stats';

/*
 * Issue 7's measure: the per-OPD dashboard and the filtered list over 150,000
 * commitments (1-3 owners each) with 600,000 progress updates, through the repository
 * next to the raw SQL of the same queries, interleaved, plus their query plans.
 */
const COMMITMENTS = 150_000;
const UPDATES = 600_000;
const UNITS = 40;
const MEETINGS = 60;
const TODAY = '2026-11-28';
const STATUSES = ['BELUM', 'PROSES', 'SELESAI', 'TIDAK_DAPAT'] as const;

/** Deterministic PRNG (mulberry32), so every run measures the same data. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generate(db: Db): { unitIds: UnitId[]; seriesId: SeriesId } {
  const rand = random(7);
  const pick = <T>(list: ReadonlyArray<T>): T => list[Math.floor(rand() * list.length)] as T;
  // The search triggers of 0003 index every text; they are not what is measured here.
  for (const row of db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'search_%'`)
    .all() as Array<{ name: string }>) {
    db.exec(`DROP TRIGGER ${row.name}`);
  }
  const now = Date.UTC(2026, 10, 1);
  const unitIds = Array.from({ length: UNITS }, () => randomUUID() as UnitId);
  const seriesId = randomUUID() as SeriesId;
  const meetingIds = Array.from({ length: MEETINGS }, () => randomUUID());
  const ownerIds: string[] = [];
  db.transaction(() => {
    const unit = db.prepare('INSERT INTO units (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)');
    unitIds.forEach((id, index) => unit.run(id, `OPD ${String(index + 1).padStart(2, '0')}`, now, now));
    db.prepare(`INSERT INTO series (id, title, created_at, updated_at) VALUES (?, 'Rakor Kepala OPD', ?, ?)`).run(
      seriesId,
      now,
      now,
    );
    const meeting = db.prepare(
      'INSERT INTO meetings (id, series_id, title, date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    // Half the meetings belong to the series; dates run two years back from today.
    meetingIds.forEach((id, index) =>
      meeting.run(
        id,
        index % 2 === 0 ? seriesId : null,
        `Rakor ${index + 1}`,
        addDays(TODAY, -12 * (MEETINGS - index)),
        now,
        now,
      ),
    );
    const commitment = db.prepare(
      'INSERT INTO commitments (id, meeting_id, text, due_date, program_tag, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const owner = db.prepare(
      'INSERT INTO commitment_owners (id, commitment_id, unit_id, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    for (let i = 0; i < COMMITMENTS; i += 1) {
      const id = randomUUID();
      const due = rand() < 0.1 ? null : addDays(TODAY, Math.floor(rand() * 540) - 360);
      commitment.run(
        id,
        meetingIds[i % MEETINGS],
        `Tindak lanjut nomor ${i}`,
        due,
        pick(['', 'Kesehatan', 'Infrastruktur', 'Pendidikan']),
        i,
        now,
        now,
      );
      const owners = new Set<UnitId>();
      const count = 1 + Math.floor(rand() * 3);
      while (owners.size < count) owners.add(pick(unitIds));
      for (const unitId of owners) {
        const ownerId = randomUUID();
        ownerIds.push(ownerId);
        owner.run(ownerId, id, unitId, pick(STATUSES), now, now);
      }
    }
    const update = db.prepare(
      'INSERT INTO commitment_updates (id, owner_id, reported_on, status, progress_text, percent, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (let i = 0; i < UPDATES; i += 1) {
      update.run(
        randomUUID(),
        pick(ownerIds),
        addDays(TODAY, -Math.floor(rand() * 700)),
        pick(STATUSES),
        `Perkembangan ${i}`,
        Math.floor(rand() * 101),
        now,
        now + i,
      );
    }
  })();
  db.exec('ANALYZE');
  return { unitIds, seriesId };
}

function plan(db: Db, label: string, sql: string, params: Record<string, unknown>): void {
  console.log(`  plan: ${label}`);
  for (const row of db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as Array<{ detail: string }>)
    console.log(`    ${row.detail}`);
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'risalah-bench-followup-'));
  const { db } = openDatabase(join(dir, 'risalah.db'));
  const started = performance.now();
  const { unitIds, seriesId } = generate(db);
  const counts = db
    .prepare(
      'SELECT (SELECT count(*) FROM commitments) AS c, (SELECT count(*) FROM commitment_owners) AS o, (SELECT count(*) FROM commitment_updates) AS u',
    )
    .get() as { c: number; o: number; u: number };
  console.log(
    `  generated ${counts.c} commitments, ${counts.o} owners, ${counts.u} updates in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  const soon = addDays(TODAY, 7);
  const rawDashboard = db.prepare(DASHBOARD_SQL);
  const dashboard = sideBySide(
    30,
    () => unitCounts(db, TODAY, 7),
    () => rawDashboard.all({ today: TODAY, soon }),
  );
  printFigure({
    name: 'per-OPD dashboard (unitCounts), median',
    value: percentile(dashboard.a, 50),
    baseline: percentile(dashboard.b, 50),
    unit: 'ms',
    goal: '<= 1.5x',
  });
  printFigure({
    name: 'per-OPD dashboard (unitCounts), p95',
    value: percentile(dashboard.a, 95),
    baseline: percentile(dashboard.b, 95),
    unit: 'ms',
    goal: '<= 1.5x',
  });
  plan(db, 'dashboard', DASHBOARD_SQL, { today: TODAY, soon });

  const queries: ReadonlyArray<readonly [string, FollowUpQuery]> = [
    ['all, by due date, page 1', {}],
    ['one OPD, Terlambat', { unitId: unitIds[3] as UnitId, status: 'TERLAMBAT' }],
    ['Terlambat, by status, page 3', { status: 'TERLAMBAT', sort: 'STATUS', page: 3 }],
    ['series, due within 30 days', { seriesId, dueFrom: TODAY, dueTo: addDays(TODAY, 30), status: 'TERBUKA' }],
  ];
  for (const [label, query] of queries) {
    const { sql, params } = listSql(query, TODAY);
    const rawPage = db.prepare(sql);
    const result = sideBySide(
      15,
      () => listFollowUps(db, query, TODAY),
      () => rawPage.all(params),
    );
    const total = listFollowUps(db, query, TODAY).total;
    printFigure({
      name: `list "${label}" (${total} rows match), median`,
      value: percentile(result.a, 50),
      baseline: percentile(result.b, 50),
      unit: 'ms',
      goal: '<= 1.5x',
    });
    plan(db, `list "${label}"`, sql, params);
  }
  db.close();
  rmSync(dir, { recursive: true, force: true });
}
