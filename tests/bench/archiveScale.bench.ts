import Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { dispatch } from '../../electron/main/ipc/dispatch';
import {
  DASHBOARD_SQL,
  PLAIN_DASHBOARD_SQL,
  unitCounts,
} from '../../electron/main/repositories/followUpDashboardRepository';
import { listFollowUps } from '../../electron/main/repositories/followUpRepository';
import type { FollowUpQuery } from '../../shared/domain/followUpViews';
import { addDays } from '../../shared/domain/followUp';
import { matchExpression } from '../../shared/domain/search';
import { archiveFile, benchArchives, type BenchArchive } from './benchArchives';
import { percentile, printFigure, sideBySide } from './stats';

/*
 * Issue 10's growth runs on the big dataset itself (`npm run seed:big`, scale 1 and 10):
 * the per-OPD dashboard and search:query top 50, each through the app's code next to the
 * raw SQL of the same query in the same run, at both scales, then the growth from the
 * smaller archive to the larger one. The archives are opened read-only, so a run leaves
 * them as they were and the next run measures the same bytes.
 */
const TODAY = '2026-11-27';
const QUERIES = [
  'rapat',
  'stunting balita',
  'jembatan irigasi banjir',
  'pendid',
  'dinas kesehatan',
  '"inflasi" -beras',
  'pupuk benih penyuluh',
];
const log = { info: () => undefined, error: () => undefined };

type Samples = Readonly<{
  dashboard: number[];
  dashboardRaw: number[];
  dashboardPlain: number[];
  search: number[];
  searchRaw: number[];
  /** The Tindak Lanjut first page per view (keyset), and the numbered list it replaced (count(*) OVER ()). */
  lists: Record<string, number[]>;
}>;

const LISTS: ReadonlyArray<readonly [string, FollowUpQuery]> = [
  ['Tindak Lanjut first page (Belum selesai, default)', { status: 'TERBUKA', pageSize: 25 }],
  ['Tindak Lanjut first page (Terlambat)', { status: 'TERLAMBAT', pageSize: 25 }],
  ['  numbered list of every status with its count (before), first page', { sort: 'BATAS_WAKTU', pageSize: 25 }],
];

function timeLists(db: Database.Database, rounds: number): Record<string, number[]> {
  const lists: Record<string, number[]> = {};
  for (const [name, query] of LISTS) {
    listFollowUps(db, query, TODAY);
    const samples: number[] = [];
    for (let round = 0; round < Math.min(rounds, name.startsWith(' ') ? 5 : rounds); round += 1) {
      const started = performance.now();
      listFollowUps(db, query, TODAY);
      samples.push(performance.now() - started);
    }
    lists[name] = samples;
  }
  return lists;
}

async function measure(archive: BenchArchive): Promise<Samples> {
  const file = archiveFile(archive);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const counts = db
      .prepare(
        'SELECT (SELECT count(*) FROM meetings) AS meetings, (SELECT count(*) FROM commitments) AS commitments, (SELECT count(*) FROM commitment_owners) AS owners, (SELECT count(*) FROM commitment_updates) AS updates',
      )
      .get() as Record<string, number>;
    console.log(
      `archive ${archive.label}: ${counts['meetings']} meetings, ${counts['commitments']} commitments, ${counts['owners']} owners, ${counts['updates']} updates, ${(statSync(file).size / 2 ** 20).toFixed(0)} MB`,
    );
    const rawDashboard = db.prepare(DASHBOARD_SQL);
    // One unmeasured run of each, so both start from the same warm page cache.
    unitCounts(db, TODAY, 7);
    const dashboard = sideBySide(
      archive.rounds,
      () => unitCounts(db, TODAY, 7),
      () => rawDashboard.all({ today: TODAY, soon: addDays(TODAY, 7) }),
    );
    // The plain definition over every owner (what the dashboard ran before migration 0010): its growth is the yardstick.
    const plainDashboard = db.prepare(PLAIN_DASHBOARD_SQL);
    plainDashboard.all({ today: TODAY, soon: addDays(TODAY, 7) });
    const dashboardPlain: number[] = [];
    for (let round = 0; round < Math.min(archive.rounds, 5); round += 1) {
      const started = performance.now();
      plainDashboard.all({ today: TODAY, soon: addDays(TODAY, 7) });
      dashboardPlain.push(performance.now() - started);
    }

    const ctx = {
      db,
      now: () => Date.now(),
      actor: 'bench',
      appInfo: { version: 'bench', shell: 'web' as const, dataFile: '', dataId: '' },
      files: null as never,
    };
    const rawSearch = db.prepare('SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT 50');
    const search: number[] = [];
    const searchRaw: number[] = [];
    for (let round = 0; round < archive.rounds; round += 1) {
      for (const query of QUERIES) {
        const match = matchExpression(query) as string;
        let started = performance.now();
        const result = await dispatch('search:query', { query, limit: 50 }, ctx, log);
        search.push(performance.now() - started);
        if (!result.ok) throw new Error(result.error.message);
        started = performance.now();
        rawSearch.all(match);
        searchRaw.push(performance.now() - started);
      }
    }
    const lists = timeLists(db, archive.rounds);
    return { dashboard: dashboard.a, dashboardRaw: dashboard.b, dashboardPlain, search, searchRaw, lists };
  } finally {
    db.close();
  }
}

export async function run(): Promise<void> {
  const archives = benchArchives();
  const results: Samples[] = [];
  for (const archive of archives) {
    const samples = await measure(archive);
    results.push(samples);
    for (const p of [50, 95]) {
      printFigure({
        name: `per-OPD dashboard at ${archive.label}, p${p}`,
        value: percentile(samples.dashboard, p),
        baseline: percentile(samples.dashboardRaw, p),
        unit: 'ms',
        goal: '<= 1.5x',
      });
      printFigure({
        name: `  same vs the plain definition over every owner at ${archive.label}, p${p}`,
        value: percentile(samples.dashboard, p),
        baseline: percentile(samples.dashboardPlain, p),
        unit: 'ms',
      });
    }
    for (const p of [50, 95]) {
      printFigure({
        name: `search:query top 50 at ${archive.label}, p${p}`,
        value: percentile(samples.search, p),
        baseline: percentile(samples.searchRaw, p),
        unit: 'ms',
        goal: '<= 1.5x',
      });
    }
  }
  const [small, large] = results as [Samples, Samples];
  const [smallArchive, largeArchive] = archives;
  const growth = `${largeArchive.label} vs ${smallArchive.label}`;
  for (const [name] of LISTS) {
    const baseline = name.startsWith(' ');
    printFigure({
      name: `${name} at ${smallArchive.label}, p50`,
      value: percentile(small.lists[name] ?? [], 50),
      baseline: percentile(small.lists[name] ?? [], 50),
      unit: 'ms',
    });
    printFigure({
      name: `${name} growth ${growth}, p50`,
      value: percentile(large.lists[name] ?? [], 50),
      baseline: percentile(small.lists[name] ?? [], 50),
      unit: 'ms',
      ...(baseline ? {} : { goal: '<= 1.2x' }),
    });
  }
  for (const p of [50, 95]) {
    printFigure({
      name: `per-OPD dashboard growth ${growth}, p${p}`,
      value: percentile(large.dashboard, p),
      baseline: percentile(small.dashboard, p),
      unit: 'ms',
      goal: '<= 1.2x',
    });
    printFigure({
      name: `  raw dashboard SQL growth ${growth}, p${p}`,
      value: percentile(large.dashboardRaw, p),
      baseline: percentile(small.dashboardRaw, p),
      unit: 'ms',
    });
    printFigure({
      name: `  plain-definition dashboard growth ${growth}, p${p}`,
      value: percentile(large.dashboardPlain, p),
      baseline: percentile(small.dashboardPlain, p),
      unit: 'ms',
    });
    printFigure({
      name: `search:query top 50 growth ${growth}, p${p}`,
      value: percentile(large.search, p),
      baseline: percentile(small.search, p),
      unit: 'ms',
      goal: '<= 1.5x',
    });
    printFigure({
      name: `  raw FTS MATCH growth ${growth}, p${p}`,
      value: percentile(large.searchRaw, p),
      baseline: percentile(small.searchRaw, p),
      unit: 'ms',
    });
  }
}
