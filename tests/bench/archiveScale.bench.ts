import { statSync } from 'node:fs';
import { openReadOnlyAt, type Db } from '../../electron/main/db/connection';
import { latestVersion } from '../../electron/main/db/migrate';
import { searchSegmentCount } from '../../electron/main/db/searchIndexMerge';
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
import { interleave, timeAsync, timeSync, type Round, type Samples } from './interleaved';
import { percentile, printFigure } from './stats';

/*
 * Growth on the big dataset itself (`npm run seed:big`, two scales), issue 17: each figure a
 * secretary waits for is timed through the app's code on both archives in one run, and printed
 * as the larger archive's time over the smaller one's (goal <= 1.2x: flat), beside the same
 * growth of the plain-definition query it replaced. The archives are opened as the app opens them
 * (connection.ts: its page cache), read-only, after benchArchives.ts brought them to the state the
 * app leaves them in; each figure is timed on both round by round (interleaved.ts).
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

/** One archive opened as the app opens it (read-only here, with the app's pragmas), and what its figures need. */
type Opened = Readonly<{
  archive: BenchArchive;
  db: Db;
  call: (channel: IpcChannel, input: object) => Promise<unknown>;
  unitId: string;
  meetingId: string;
  newest: number;
}>;

function open(archive: BenchArchive): Opened {
  const file = archiveFile(archive);
  const db = openReadOnlyAt(file, latestVersion());
  if (!db) throw new Error(`${file}: not at schema ${latestVersion()}`);
  const counts = db
    .prepare(
      'SELECT (SELECT count(*) FROM meetings) AS meetings, (SELECT count(*) FROM commitments) AS commitments, (SELECT count(*) FROM commitment_owners) AS owners, (SELECT count(*) FROM commitment_updates) AS updates',
    )
    .get() as Record<string, number>;
  console.log(
    `archive ${archive.label}: ${counts['meetings']} meetings, ${counts['commitments']} commitments, ${counts['owners']} owners, ${counts['updates']} updates, ${(statSync(file).size / 2 ** 20).toFixed(0)} MB, ${searchSegmentCount(db)} search segment(s), cache_size ${String(db.pragma('cache_size', { simple: true }))}`,
  );
  const ctx = benchContext(db);
  return {
    archive,
    db,
    call: async (channel, input) => {
      const result = await dispatch(channel, input as never, ctx, log);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value;
    },
    // One OPD with open items, as she picks it on the Tindak Lanjut cards.
    unitId: db.prepare('SELECT unit_id FROM follow_up_unit_counts ORDER BY open DESC LIMIT 1').pluck().get() as string,
    meetingId: db
      .prepare('SELECT id FROM meetings WHERE deleted_at IS NULL ORDER BY date DESC LIMIT 1')
      .pluck()
      .get() as string,
    newest: db.prepare('SELECT max(rowid) FROM search_index').pluck().get() as number,
  };
}

const SOON = { today: TODAY, soon: addDays(TODAY, 7) };
const LISTS: ReadonlyArray<readonly [string, (unitId: string) => FollowUpQuery]> = [
  ['listDefault', () => ({ status: 'TERBUKA', pageSize: 25 })],
  ['listLate', () => ({ status: 'TERLAMBAT', pageSize: 25 })],
  ['listUnitLate', (unitId) => ({ status: 'TERLAMBAT', unitId: unitId as never, pageSize: 25 })],
];

/** A search through the app beside the raw FTS5 statement of a newest-first page of the same words, query after query. */
function searchRound(o: Opened, key: string, queries: ReadonlyArray<string>): Round {
  const rawNewest = o.db.prepare(
    'SELECT rowid FROM search_index WHERE search_index MATCH ? AND rowid <= CAST(? AS INTEGER) ORDER BY rowid DESC LIMIT 51',
  );
  return async (record) => {
    for (const query of queries) {
      await timeAsync(record, key, () => o.call('search:query', { query, limit: 50 }));
      timeSync(record, `${key}Newest`, () => rawNewest.all(matchExpression(query) as string, o.newest));
    }
  };
}

/**
 * Every figure, by how many rounds it gets: the sub-millisecond ones the most (their p95 is a
 * few slow rounds), the plain definitions (seconds each) the fewest. The ranked plain search
 * comes last: its seconds of reading would evict the pages the other figures read.
 */
function figures(o: Opened): ReadonlyArray<readonly ['many' | 'some' | 'few', Round]> {
  const rawDashboard = o.db.prepare(DASHBOARD_SQL);
  const plainDashboard = o.db.prepare(PLAIN_DASHBOARD_SQL);
  const numbered = listSql({ sort: 'BATAS_WAKTU', pageSize: 25 }, TODAY);
  const unitNumbered = listSql({ status: 'TERLAMBAT', unitId: o.unitId as never, sort: 'STATUS', pageSize: 25 }, TODAY);
  const rawSearch = o.db.prepare('SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT 50');
  return [
    [
      'many',
      (record) => {
        timeSync(record, 'dashboard', () => unitCounts(o.db, TODAY, 7));
        timeSync(record, 'dashboardRaw', () => rawDashboard.all(SOON));
      },
    ],
    ['many', (record) => timeAsync(record, 'bell', () => o.call('followup:reminders', {}))],
    [
      'many',
      (record) => {
        for (const [key, query] of LISTS) timeSync(record, key, () => listFollowUps(o.db, query(o.unitId), TODAY));
      },
    ],
    [
      'some',
      (record) =>
        timeAsync(record, 'openMeeting', async () => {
          for (const [channel, key] of OPEN_MEETING) await o.call(channel, key === null ? {} : { [key]: o.meetingId });
        }),
    ],
    ['many', searchRound(o, 'searchCommon', COMMON)],
    ['many', searchRound(o, 'searchRare', RARE)],
    ['few', (record) => timeSync(record, 'dashboardPlain', () => plainDashboard.all(SOON))],
    ['few', (record) => timeSync(record, 'listPlain', () => o.db.prepare(numbered.sql).all(numbered.params))],
    [
      'few',
      (record) => timeSync(record, 'listUnitPlain', () => o.db.prepare(unitNumbered.sql).all(unitNumbered.params)),
    ],
    // What Beranda and every open used to fetch first: the list of all meetings.
    ['few', (record) => timeAsync(record, 'openPlain', () => o.call('meetings:list', {}))],
    [
      'few',
      (record) => {
        for (const [key, queries] of [
          ['searchCommonRaw', COMMON],
          ['searchRareRaw', RARE],
        ] as const)
          timeSync(record, key, () => queries.forEach((query) => rawSearch.all(matchExpression(query) as string)));
      },
    ],
  ];
}

/** Both archives, every figure interleaved round by round. */
async function measureBoth(archives: ReadonlyArray<BenchArchive>): Promise<Samples[]> {
  const opened = archives.map(open);
  try {
    const samples: Samples[] = opened.map(() => ({}));
    const rounds = Math.min(...archives.map((archive) => archive.rounds));
    const count = { many: rounds * 4, some: rounds, few: Math.min(rounds, 5) };
    const perArchive = opened.map(figures);
    for (const [index, [kind]] of (perArchive[0] ?? []).entries())
      await interleave(
        count[kind],
        perArchive.map((list) => (list[index] as readonly [string, Round])[1]),
        samples,
      );
    return samples;
  } finally {
    opened.forEach((o) => o.db.close());
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
  const [small = {}, large = {}] = await measureBoth(archives);
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
