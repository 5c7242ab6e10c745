import Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { dispatch } from '../../electron/main/ipc/dispatch';
import type { IpcChannel } from '../../shared/ipc/contract';
import {
  DASHBOARD_SQL,
  PLAIN_DASHBOARD_SQL,
  unitCounts,
} from '../../electron/main/repositories/followUpDashboardRepository';
import { listFollowUps, listSql } from '../../electron/main/repositories/followUpRepository';
import type { FollowUpQuery } from '../../shared/domain/followUpViews';
import { addDays } from '../../shared/domain/followUp';
import { matchExpression } from '../../shared/domain/search';
import { archiveFile, BENCH_TODAY, benchArchives, benchContext, type BenchArchive } from './benchArchives';
import { percentile, printFigure, sideBySide } from './stats';

/*
 * Growth on the big dataset itself (`npm run seed:big`, two scales), issue 17: each figure a
 * secretary waits for is timed through the app's code on both archives in one run, and printed
 * as the larger archive's time over the smaller one's (goal <= 1.2x: flat), beside the same
 * growth of the plain-definition query it replaced. The archives are opened read-only, so a run
 * leaves them as they were and the next run measures the same bytes.
 */
const TODAY = BENCH_TODAY;
/** Words the seed says often, and words it says rarely or never (a rare word is read to the oldest row to prove there is no more). */
const COMMON = ['rapat', 'dinas kesehatan', 'pendid', '"inflasi" -beras'];
const RARE = ['stunting balita', 'jembatan irigasi banjir', 'pupuk benih penyuluh', 'zzyzx'];
const log = { info: () => undefined, error: () => undefined };

/** The channels the meeting page calls up to its first tab (traced in the web shell; tests/main/db/meetingOpenPlans.test.ts). */
const OPEN_MEETING: ReadonlyArray<readonly [IpcChannel, 'id' | 'meetingId' | null]> = [
  ['meetings:get', 'id'],
  ['approval:state', 'meetingId'],
  ['agenda:list', 'meetingId'],
  ['attendance:list', 'meetingId'],
  ['letter:get', 'meetingId'],
  ['settings:get-instansi', null],
  ['series:list', null],
  ['units:list', null],
  ['people:list', null],
];

type Samples = Record<string, number[]>;

function timed(rounds: number, run: () => unknown): number[] {
  run();
  const samples: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  return samples;
}

async function timedAsync(rounds: number, run: () => Promise<unknown>): Promise<number[]> {
  await run();
  const samples: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return samples;
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
    const rounds = archive.rounds;
    const few = Math.min(rounds, 5);
    const ctx = benchContext(db);
    const call = async (channel: IpcChannel, input: object) => {
      const result = await dispatch(channel, input as never, ctx, log);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value;
    };
    const soon = { today: TODAY, soon: addDays(TODAY, 7) };
    const rawDashboard = db.prepare(DASHBOARD_SQL);
    const dashboard = sideBySide(
      rounds,
      () => unitCounts(db, TODAY, 7),
      () => rawDashboard.all(soon),
    );
    const plainDashboard = db.prepare(PLAIN_DASHBOARD_SQL);
    const samples: Samples = {
      dashboard: dashboard.a,
      dashboardRaw: dashboard.b,
      dashboardPlain: timed(few, () => plainDashboard.all(soon)),
      bell: await timedAsync(rounds, () => call('followup:reminders', {})),
    };
    // One OPD with open items, as she picks it on the Tindak Lanjut cards.
    const unitId = db.prepare('SELECT unit_id FROM follow_up_unit_counts ORDER BY open DESC LIMIT 1').pluck().get();
    const lists: ReadonlyArray<readonly [string, FollowUpQuery]> = [
      ['listDefault', { status: 'TERBUKA', pageSize: 25 }],
      ['listLate', { status: 'TERLAMBAT', pageSize: 25 }],
      ['listUnitLate', { status: 'TERLAMBAT', unitId: unitId as never, pageSize: 25 }],
    ];
    for (const [name, query] of lists) samples[name] = timed(rounds, () => listFollowUps(db, query, TODAY));
    // The numbered list with count(*) OVER () that the first page used to be, and one OPD's Terlambat before.
    const numbered = listSql({ sort: 'BATAS_WAKTU', pageSize: 25 }, TODAY);
    samples['listPlain'] = timed(few, () => db.prepare(numbered.sql).all(numbered.params));
    const unitNumbered = listSql({ status: 'TERLAMBAT', unitId: unitId as never, sort: 'STATUS', pageSize: 25 }, TODAY);
    samples['listUnitPlain'] = timed(few, () => db.prepare(unitNumbered.sql).all(unitNumbered.params));

    const meetingId = db
      .prepare('SELECT id FROM meetings WHERE deleted_at IS NULL ORDER BY date DESC LIMIT 1')
      .pluck()
      .get() as string;
    samples['openMeeting'] = await timedAsync(rounds, async () => {
      for (const [channel, key] of OPEN_MEETING) await call(channel, key === null ? {} : { [key]: meetingId });
    });
    // What Beranda and every open used to fetch first: the list of all meetings.
    samples['openPlain'] = await timedAsync(few, () => call('meetings:list', {}));

    // Beside each search: the raw FTS5 statement of a newest-first page, interleaved (cheap); the
    // ranked plain definition after both loops, as its seconds of reading would evict the pages
    // the next search reads and time the eviction, not the search.
    const rawSearch = db.prepare('SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT 50');
    const rawNewest = db.prepare(
      'SELECT rowid FROM search_index WHERE search_index MATCH ? AND rowid <= CAST(? AS INTEGER) ORDER BY rowid DESC LIMIT 51',
    );
    const newest = db.prepare('SELECT max(rowid) FROM search_index').pluck().get() as number;
    for (const [name, queries] of [
      ['searchCommon', COMMON],
      ['searchRare', RARE],
    ] as const) {
      samples[name] = [];
      samples[`${name}Newest`] = [];
      // One untimed call of each query first: the dashboard and list queries timed before it read
      // other pages, and the p50 of a 1 ms query would otherwise time the cache, not the search.
      for (const query of queries) {
        await call('search:query', { query, limit: 50 });
        rawNewest.all(matchExpression(query) as string, newest);
      }
      for (let round = 0; round < rounds; round += 1)
        for (const query of queries) {
          let started = performance.now();
          await call('search:query', { query, limit: 50 });
          samples[name].push(performance.now() - started);
          started = performance.now();
          rawNewest.all(matchExpression(query) as string, newest);
          samples[`${name}Newest`]?.push(performance.now() - started);
        }
    }
    for (const [name, queries] of [
      ['searchCommon', COMMON],
      ['searchRare', RARE],
    ] as const)
      samples[`${name}Raw`] = timed(few, () =>
        queries.forEach((query) => rawSearch.all(matchExpression(query) as string)),
      );
    return samples;
  } finally {
    db.close();
  }
}

/** Each figure, and the plain-definition (or former) query whose growth is printed beside it. */
const FIGURES: ReadonlyArray<readonly [string, string, string | null]> = [
  ['per-OPD dashboard (Beranda card, Tindak Lanjut cards)', 'dashboard', 'dashboardPlain'],
  ['bell count (followup:reminders, shared with the card)', 'bell', 'dashboardPlain'],
  ['Tindak Lanjut first page, Belum selesai (default)', 'listDefault', 'listPlain'],
  ['Tindak Lanjut first page, Terlambat', 'listLate', 'listPlain'],
  ['Tindak Lanjut first page, one OPD Terlambat', 'listUnitLate', 'listUnitPlain'],
  ['open a meeting (its channels up to the first tab, in process)', 'openMeeting', 'openPlain'],
  ['search:query top 50, common words', 'searchCommon', 'searchCommonRaw'],
  ['search:query top 50, rare words', 'searchRare', 'searchRareRaw'],
];

/** Search through the app beside the raw FTS5 statement of a newest-first page of the same words (FTS5's own prefix expansion for an unfinished word). */
function printSearchBesideRaw(label: string, samples: Samples, p: number): void {
  for (const [words, key] of [
    ['common', 'searchCommon'],
    ['rare', 'searchRare'],
  ] as const)
    printFigure({
      name: `search:query top 50, ${words} words, at ${label} vs raw FTS newest-first LIMIT 51, p${p}`,
      value: percentile(samples[key] ?? [], p),
      baseline: percentile(samples[`${key}Newest`] ?? [], p),
      unit: 'ms',
    });
}

export async function run(): Promise<void> {
  const archives = benchArchives();
  const [small, large] = [await measure(archives[0]), await measure(archives[1])];
  const [smallArchive, largeArchive] = archives;
  for (const p of [50, 95]) {
    printSearchBesideRaw(smallArchive.label, small, p);
    printSearchBesideRaw(largeArchive.label, large, p);
  }
  for (const p of [50, 95]) {
    for (const [archive, samples] of [
      [smallArchive, small],
      [largeArchive, large],
    ] as const)
      printFigure({
        name: `per-OPD dashboard at ${archive.label} vs its raw SQL, p${p}`,
        value: percentile(samples['dashboard'] ?? [], p),
        baseline: percentile(samples['dashboardRaw'] ?? [], p),
        unit: 'ms',
        goal: '<= 1.5x',
      });
  }
  const growth = `${largeArchive.label} vs ${smallArchive.label}`;
  for (const p of [50, 95])
    for (const [name, key, plain] of FIGURES) {
      printFigure({
        name: `${name}, growth ${growth}, p${p}`,
        value: percentile(large[key] ?? [], p),
        baseline: percentile(small[key] ?? [], p),
        unit: 'ms',
        goal: '<= 1.2x',
      });
      if (plain !== null && p === 50)
        printFigure({
          name: `  plain definition / former query, growth ${growth}, p${p}`,
          value: percentile(large[plain] ?? [], p),
          baseline: percentile(small[plain] ?? [], p),
          unit: 'ms',
        });
      if (key.startsWith('search'))
        printFigure({
          name: `  raw FTS newest-first LIMIT 51 (same words), growth ${growth}, p${p}`,
          value: percentile(large[`${key}Newest`] ?? [], p),
          baseline: percentile(small[`${key}Newest`] ?? [], p),
          unit: 'ms',
        });
    }
}
