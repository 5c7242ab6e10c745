import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openDatabase } from '../../electron/main/db/connection';
import { mergeSearchIndex } from '../../electron/main/db/searchIndexMerge';
import { latestVersion, migrate } from '../../electron/main/db/migrate';
import { generateBigDataset } from '../../electron/main/services/seed/bigDataset';
import type { HandlerContext } from '../../electron/main/ipc/handlerTypes';

/*
 * The two archives the growth benches (P3, dashboard, search) run on: a smaller one and one
 * ten times larger. By hand they are folders made once by `npm run seed:big` (scale 1 and 10
 * take about 5 and 70 minutes) and named with `--archive DIR --growth-archive DIR`; without
 * them the runner generates scale s and 10·s (s = --scale) into temporary folders, once per
 * run, shared by every bench that asks. Each is first brought to the state the app leaves it in
 * (migrated, search index merged), in place.
 */
export type BenchArchive = Readonly<{ label: string; dataDir: string; meetings: number; rounds: number }>;

const MEETINGS_AT_SCALE_1 = 3000;
let cached: [BenchArchive, BenchArchive] | null = null;
const generated: string[] = [];

export const archiveFile = (archive: BenchArchive): string => join(archive.dataDir, 'risalah.db');

/**
 * An archive made by an older build is brought to this app's schema once, in place (the benches
 * then open it read-only); the time is printed, as it is what her first start after the update costs.
 */
function upgrade(file: string): void {
  const db = new Database(file);
  try {
    const from = db.pragma('user_version', { simple: true }) as number;
    if (from >= latestVersion()) return;
    const started = performance.now();
    db.pragma('foreign_keys = ON');
    migrate(db);
    db.pragma('wal_checkpoint(TRUNCATE)');
    console.log(
      `${file}: migrated from v${from} to v${latestVersion()} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  } finally {
    db.close();
  }
}

/**
 * The archive as the app leaves it once she has been idle after a start: its search index merged
 * by the app's own background merge (services/searchMaintenance.ts), here run to the end in one go,
 * in place, once; the time is printed, as it is the work the app does in her idle moments.
 */
function mergeAsTheAppDoes(file: string): void {
  const { db } = openDatabase(file);
  try {
    const merged = mergeSearchIndex(db);
    if (merged.steps === 0) {
      console.log(`${file}: search index already merged (${merged.segmentsBefore} segment)`);
      return;
    }
    db.pragma('wal_checkpoint(TRUNCATE)');
    console.log(
      `${file}: search index merged from ${merged.segmentsBefore} to ${merged.segmentsAfter} segment(s) in ${(merged.ms / 1000).toFixed(1)} s (${merged.steps} steps, longest ${merged.longestStepMs.toFixed(0)} ms)`,
    );
  } finally {
    db.close();
  }
}

function describe(dataDir: string): BenchArchive {
  const file = join(dataDir, 'risalah.db');
  if (!existsSync(file))
    throw new Error(`${file} tidak ada: buat dulu dengan npm run seed:big -- --scale 1 --data ${dataDir}`);
  upgrade(file);
  mergeAsTheAppDoes(file);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const meetings = db.prepare('SELECT count(*) FROM meetings WHERE deleted_at IS NULL').pluck().get() as number;
  db.close();
  const rounds = process.env['RISALAH_BENCH_QUICK'] ? 3 : 15;
  const made = join(dataDir, 'seed-big.json');
  if (existsSync(made)) console.log(`${dataDir}: made by seed:big ${readFileSync(made, 'utf8').trim()}`);
  return { label: `scale ${Number((meetings / MEETINGS_AT_SCALE_1).toPrecision(3))}`, dataDir, meetings, rounds };
}

function generate(scale: number): string {
  const dir = mkdtempSync(join(tmpdir(), `risalah-bench-x${scale}-`));
  generated.push(dir);
  const started = performance.now();
  const { db } = openDatabase(join(dir, 'risalah.db'));
  const counts = generateBigDataset(db, { years: 10, scale, seed: 42 });
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  console.log(
    `generated scale ${scale}: ${counts.meetings} meetings, ${counts.commitments} commitments in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return dir;
}

export function benchArchives(): [BenchArchive, BenchArchive] {
  if (cached) return cached;
  const small = process.env['RISALAH_BENCH_ARCHIVE'];
  const large = process.env['RISALAH_BENCH_GROWTH_ARCHIVE'];
  if (small && large) {
    cached = [describe(resolve(small)), describe(resolve(large))];
  } else {
    const scale = Number(process.env['RISALAH_BENCH_SCALE'] ?? 0.05);
    cached = [
      describe(small ? resolve(small) : generate(scale)),
      describe(large ? resolve(large) : generate(scale * 10)),
    ];
    process.once('exit', () => generated.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  }
  return cached;
}

/** The day the growth benches stand on: the seed's "today", so open, late and "this week" mean the same on both. */
export const BENCH_TODAY = '2026-11-27';

/** A dispatch context on an archive opened read-only, at 09:00 of BENCH_TODAY (channels that touch files are not benched). */
export function benchContext(db: Database.Database): HandlerContext {
  return {
    db,
    now: () => Date.parse(`${BENCH_TODAY}T09:00:00+07:00`),
    actor: 'bench',
    appInfo: { version: 'bench', shell: 'web' as const, dataFile: '', dataId: '' },
    files: null as never,
  };
}
