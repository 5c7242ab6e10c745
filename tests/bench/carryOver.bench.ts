import Database from 'better-sqlite3';
import { dispatch } from '../../electron/main/ipc/dispatch';
import {
  carried,
  EARLIER_MEETING,
  LIVE_COLUMNS,
  liveParams,
  meetingFacts,
  readCarryOver,
} from '../../electron/main/repositories/carryOverRepository';
import type { CarryOverPage } from '../../shared/domain/followUpViews';
import type { MeetingId } from '../../shared/domain/ids';
import { archiveFile, benchArchives, benchContext, type BenchArchive } from './benchArchives';
import { percentile, printFigure } from './stats';

/*
 * Issue 17: opening a meeting's Tindak Lanjut tab costs its first page of the carry-over, not the
 * series' history. On both archives (opened read-only), for the newest meeting of the series with
 * the most meetings: followup:carryover through dispatch (first page and counts, as the tab asks)
 * interleaved with the whole list read as the channel read it before (readCarryOver, which the
 * Notula still prints from) and with the plain definition of the page and its counts (the same
 * rows and numbers from the owners themselves, no maintained table), then the growth of each from
 * the smaller archive to the larger.
 */
const log = { info: () => undefined, error: () => undefined };

type Samples = { page: number[]; plain: number[]; whole: number[] };

const OPEN = "('BELUM', 'PROSES')";

/** The first page (51 rows: the page and whether there is more) by the rule of `carried`, from the owners. */
const PLAIN_PAGE = `WITH since AS (SELECT max(pm.date) AS day FROM meetings pm WHERE ${EARLIER_MEETING})
  SELECT ${LIVE_COLUMNS}
  FROM meetings pm JOIN commitments c ON c.meeting_id = pm.id JOIN commitment_owners o ON o.commitment_id = c.id
  JOIN units un ON un.id = o.unit_id
  WHERE ${EARLIER_MEETING} AND ${carried('(SELECT day FROM since)')}
  ORDER BY pm.date, pm.created_at, pm.id, c.position, c.created_at, c.id, o.created_at, un.name COLLATE NOCASE, o.id
  LIMIT 51`;

/** The tab's open and late counts, from the owners. */
const PLAIN_COUNTS = `SELECT count(*) AS open, coalesce(sum(c.due_date < @date), 0) AS late
  FROM meetings pm JOIN commitments c ON c.meeting_id = pm.id JOIN commitment_owners o ON o.commitment_id = c.id
  WHERE ${EARLIER_MEETING} AND c.deleted_at IS NULL AND o.status IN ${OPEN}`;

type Subject = Readonly<{
  archive: BenchArchive;
  db: Database.Database;
  page: () => Promise<unknown>;
  plain: () => unknown;
  whole: () => unknown;
}>;

/** The archive opened read-only, its newest meeting of the series with most meetings, and the two reads timed. */
async function subject(archive: BenchArchive): Promise<Subject> {
  const db = new Database(archiveFile(archive), { readonly: true, fileMustExist: true });
  const meetingId = db
    .prepare(
      `SELECT m.id FROM meetings m
       WHERE m.deleted_at IS NULL AND m.series_id = (SELECT series_id FROM meetings WHERE deleted_at IS NULL
         AND series_id IS NOT NULL GROUP BY series_id ORDER BY count(*) DESC, series_id LIMIT 1)
       ORDER BY m.date DESC, m.created_at DESC LIMIT 1`,
    )
    .pluck()
    .get() as MeetingId;
  const ctx = benchContext(db);
  const page = async (): Promise<CarryOverPage> => {
    const result = await dispatch('followup:carryover', { meetingId }, ctx, log);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as CarryOverPage;
  };
  const params = liveParams(meetingFacts(db, meetingId));
  const plainPage = db.prepare(PLAIN_PAGE);
  const plainCounts = db.prepare(PLAIN_COUNTS);
  const plain = () => ({
    rows: plainPage.all(params) as Array<{ owner_id: string }>,
    counts: plainCounts.get(params) as { open: number; late: number },
  });
  const whole = readCarryOver(db, meetingId);
  const first = await page();
  // The page measured is the plain definition's page, or the figures below compare different work.
  const expected = plain();
  const same =
    JSON.stringify(expected.rows.slice(0, first.items.length).map((row) => row.owner_id)) ===
      JSON.stringify(first.items.map((item) => item.ownerId)) &&
    expected.counts.open === first.open &&
    expected.counts.late === first.late;
  if (!same) throw new Error(`${archive.label}: the first page differs from its plain definition`);
  const megabytes = (JSON.stringify(whole).length / 2 ** 20).toFixed(1);
  console.log(
    `${archive.label}: the newest meeting of the longest series carries ${whole.items.length} owners (${megabytes} MB ` +
      `as JSON); the tab's first page: ${first.items.length} rows, counts ${first.open} open, ${first.late} late`,
  );
  return { archive, db, page, plain, whole: () => readCarryOver(db, meetingId) };
}

async function timed(run: () => unknown, into: number[]): Promise<void> {
  const started = performance.now();
  await run();
  into.push(performance.now() - started);
}

export async function run(): Promise<void> {
  const [smallArchive, largeArchive] = benchArchives();
  const subjects = [await subject(smallArchive), await subject(largeArchive)] as const;
  const small: Samples = { page: [], plain: [], whole: [] };
  const large: Samples = { page: [], plain: [], whole: [] };
  try {
    // Both archives in every round, each read in turn first, so the shared machine's noise falls on all alike.
    const rounds = Math.max(5, Math.min(smallArchive.rounds, 11));
    const pairs = [
      [subjects[0], small],
      [subjects[1], large],
    ] as const;
    const inTurn = (round: number) => (round % 2 === 0 ? pairs : ([pairs[1], pairs[0]] as const));
    // The page is what she waits for at every open. Its rounds come first: the plain and whole reads
    // take seconds at scale 7 and would push out of the cache the pages the next open reads, so
    // between them the figures would say what the bench's own reads cost the page, not an open.
    for (const s of subjects) await s.page(); // untimed: after the setup's whole reads, as after any other work
    for (let round = 0; round < rounds; round += 1)
      for (const [s, samples] of inTurn(round)) for (let i = 0; i < 5; i += 1) await timed(s.page, samples.page);
    for (let round = 0; round < 5; round += 1) {
      for (const [s, samples] of inTurn(round)) await timed(s.plain, samples.plain);
      for (const [s, samples] of inTurn(round)) await timed(s.whole, samples.whole);
    }
  } finally {
    for (const s of subjects) s.db.close();
  }
  report(smallArchive, largeArchive, small, large);
}

function report(smallArchive: BenchArchive, largeArchive: BenchArchive, small: Samples, large: Samples): void {
  for (const p of [50, 95]) {
    for (const [archive, samples] of [
      [smallArchive, small],
      [largeArchive, large],
    ] as const)
      printFigure({
        name: `open a meeting's Tindak Lanjut tab (carry-over first page) at ${archive.label} vs the whole list, p${p}`,
        value: percentile(samples.page, p),
        baseline: percentile(samples.whole, p),
        unit: 'ms',
      });
    printFigure({
      name: `carry-over first page, growth ${largeArchive.label} vs ${smallArchive.label}, p${p}`,
      value: percentile(large.page, p),
      baseline: percentile(small.page, p),
      unit: 'ms',
      goal: '<= 1.2x',
    });
    printFigure({
      name: `  plain definition of the first page and its counts (from the owners), growth ${largeArchive.label} vs ${smallArchive.label}, p${p}`,
      value: percentile(large.plain, p),
      baseline: percentile(small.plain, p),
      unit: 'ms',
    });
    printFigure({
      name: `  whole carry-over (former read), growth ${largeArchive.label} vs ${smallArchive.label}, p${p}`,
      value: percentile(large.whole, p),
      baseline: percentile(small.whole, p),
      unit: 'ms',
    });
  }
}
