import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { chromium } from 'playwright-core';
import { openDatabase } from '../../electron/main/db/connection';
import { listBackupFiles } from '../../electron/main/db/backupFiles';
import { createMeeting } from '../../electron/main/repositories/meetingsRepository';
import { archiveFile, benchArchives, type BenchArchive } from './benchArchives';
import { copyMeeting, sameRowCounts } from './sameMeeting';
import { percentile, printFigure } from './stats';

/*
 * P3: open the app and its first screen. The built web shell is started on a data folder,
 * timed from spawn to Beranda painted with its data (a meeting in "Rapat terakhir" and the
 * follow-up counts, both no longer busy), then a
 * meeting page is opened until its tabs and title stand. It runs on both archives of
 * benchArchives.ts (scale 1 and 10 by hand); the baselines are the same measure on two
 * one-meeting data folders, in the same run, interleaved: one holding a new, empty meeting
 * (start and Beranda, and the former "open a meeting" figure), and one holding a copy of
 * the very meeting opened in the archive (sameMeeting.ts: its agenda, minutes, attendance,
 * decisions, commitments and owners, with their OPD and officials), so "open a meeting"
 * compares the same page on one meeting and on the archive.
 *
 * The first start of a day also makes the daily backup in the background. One unmeasured
 * start per archive lets that copy finish (its duration is printed), so the measured
 * starts are ordinary later starts of the same day and a cut-off copy is not retried on
 * every round.
 */
const OUT = resolve(import.meta.dirname, '../..', process.env['RISALAH_OUT_DIR'] ?? 'out');
// Read when run, not at import: the runner sets it from --quick after importing.
const rounds = () => Number(process.env['RISALAH_BENCH_ROUNDS'] ?? 3);

type Open = { shellMs: number; berandaMs: number; meetingMs: number; meetingAfterCheckMs: number };
type Shell = { url: string; stop: () => void; shellMs: number; started: number };

async function startShell(dataDir: string): Promise<Shell> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(OUT, 'main/web.js'), '--port', '0', '--data', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((done, fail) => {
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = /Risalah: (\S+)/.exec(text);
      if (match) done(match[1] as string);
    });
    child.on('exit', (code) => fail(new Error(`web shell exited ${code}`)));
  });
  return { url, started, shellMs: performance.now() - started, stop: () => child.kill('SIGTERM') };
}

async function measureOpen(dataDir: string, meetingId: string): Promise<Open> {
  // Chromium is launched before the clock starts: its own start-up is not the app's.
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const shell = await startShell(dataDir);
  try {
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
    await page.goto(shell.url);
    await page.getByRole('main').getByRole('heading').first().waitFor();
    // Painted with its data: the meeting lists and the follow-up counts have arrived (aria-busy ends).
    await page
      .locator('section[aria-label="Rapat terakhir"][aria-busy="false"] a')
      .first()
      .waitFor({ timeout: 60_000 });
    await page
      .locator('section[aria-labelledby="home-followup-title"][aria-busy="false"]')
      .waitFor({ timeout: 60_000 });
    const berandaMs = performance.now() - shell.started;
    const before = performance.now();
    await page.goto(`${shell.url.split('?')[0]}?${shell.url.split('?')[1]}#/rapat/${meetingId}`);
    await page.getByRole('tablist').first().waitFor({ timeout: 60_000 });
    await page.getByRole('main').getByRole('heading').first().waitFor();
    const meetingMs = performance.now() - before;
    // The same again once the start-up check has finished (backups:health answers after its verdict),
    // so the figure above can be told apart from the check's load on a 2-core machine.
    await untilChecked(new URL(shell.url));
    await page.goto(shell.url);
    await page
      .locator('section[aria-label="Rapat terakhir"][aria-busy="false"] a')
      .first()
      .waitFor({ timeout: 60_000 });
    const again = performance.now();
    await page.goto(`${shell.url.split('?')[0]}?${shell.url.split('?')[1]}#/rapat/${meetingId}`);
    await page.getByRole('tablist').first().waitFor({ timeout: 60_000 });
    await page.getByRole('main').getByRole('heading').first().waitFor();
    return { shellMs: shell.shellMs, berandaMs, meetingMs, meetingAfterCheckMs: performance.now() - again };
  } finally {
    await browser.close();
    shell.stop();
  }
}

/**
 * Waits for the start-up check's verdict: backups:health answers only after it. Node's fetch gives
 * up on an answer after 300 s, and quick_check of the 18 GB scale-10 archive can take longer, so
 * a request that timed out is asked again while the shell still runs.
 */
async function untilChecked(url: URL): Promise<void> {
  const deadline = performance.now() + 30 * 60_000;
  for (;;) {
    try {
      const answer = await fetch(`${url.origin}/api/backups%3Ahealth`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${url.searchParams.get('token')}` },
        body: '{}',
      });
      if (answer.ok) return;
      throw new Error(`backups:health answered ${answer.status}`);
    } catch (error) {
      if (performance.now() > deadline) throw error;
      await new Promise((done) => setTimeout(done, 1000));
    }
  }
}

/** The day's first start: waits until its daily backup stands in backups/ and says how long it took. */
async function firstStartOfDay(archive: BenchArchive): Promise<void> {
  const backups = join(archive.dataDir, 'backups');
  const today = new Date().toLocaleDateString('sv');
  const hasToday = () => listBackupFiles(backups).some((backup) => backup.reason === 'harian' && backup.date === today);
  if (hasToday()) return;
  const shell = await startShell(archive.dataDir);
  try {
    while (!hasToday()) await new Promise((done) => setTimeout(done, 250));
    console.log(
      `${archive.label}: the day's first start made its daily backup in the background in ${((performance.now() - shell.started) / 1000).toFixed(1)} s`,
    );
  } finally {
    shell.stop();
  }
}

function latestMeeting(archive: BenchArchive): string {
  const reader = new Database(archiveFile(archive), { readonly: true });
  try {
    return reader
      .prepare(`SELECT id FROM meetings WHERE deleted_at IS NULL ORDER BY date DESC LIMIT 1`)
      .pluck()
      .get() as string;
  } finally {
    reader.close();
  }
}

export async function run(): Promise<void> {
  const ROUNDS = rounds();
  const empty = mkdtempSync(join(tmpdir(), 'risalah-p3-empty-'));
  try {
    const { db } = openDatabase(join(empty, 'risalah.db'));
    // The baseline archive: one meeting, so "open a meeting" has its own baseline too.
    // Dated yesterday, so Beranda lists it under "Rapat terakhir" like the archives' last meeting.
    const yesterday = new Date(Date.now() - 86_400_000).toLocaleDateString('sv');
    const lone = createMeeting(
      db,
      { title: 'Rapat Koordinasi Kepala OPD', date: yesterday, place: 'Ruang Rapat Bupati' },
      { now: Date.now(), actor: 'bench' },
    ).id;
    db.close();
    const archives = benchArchives();
    for (const archive of [{ label: 'one meeting', dataDir: empty } as BenchArchive, ...archives])
      await firstStartOfDay(archive);
    for (const archive of archives) {
      const meetingId = latestMeeting(archive);
      const same = mkdtempSync(join(tmpdir(), 'risalah-p3-same-'));
      try {
        const copied = copyMeeting(archiveFile(archive), meetingId, join(same, 'risalah.db'));
        if (!sameRowCounts(archiveFile(archive), join(same, 'risalah.db'), meetingId))
          throw new Error(`${archive.label}: the same-meeting copy lost rows`);
        console.log(`${archive.label}: the same-meeting baseline holds ${JSON.stringify(copied)}`);
        await firstStartOfDay({ label: 'same meeting', dataDir: same } as BenchArchive);
        const emptyRuns: Open[] = [];
        const sameRuns: Open[] = [];
        const bigRuns: Open[] = [];
        for (let i = 0; i < ROUNDS; i += 1) {
          emptyRuns.push(await measureOpen(empty, lone));
          sameRuns.push(await measureOpen(same, meetingId));
          bigRuns.push(await measureOpen(archive.dataDir, meetingId));
        }
        printFigures(`${archive.label}, ${archive.meetings} meetings`, bigRuns, sameRuns, emptyRuns);
      } finally {
        rmSync(same, { recursive: true, force: true });
      }
    }
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
}

const p50 = (runs: Open[], key: keyof Open) =>
  percentile(
    runs.map((r) => r[key]),
    50,
  );

function printFigures(label: string, bigRuns: Open[], sameRuns: Open[], emptyRuns: Open[]): void {
  printFigure({
    name: `P3 web shell start (${label}) p50`,
    value: p50(bigRuns, 'shellMs'),
    baseline: p50(emptyRuns, 'shellMs'),
    unit: 'ms',
  });
  printFigure({
    name: `P3 start to Beranda painted (${label}) p50`,
    value: p50(bigRuns, 'berandaMs'),
    baseline: p50(emptyRuns, 'berandaMs'),
    unit: 'ms',
    goal: '< 3000 ms',
  });
  // The goal's figure: the same meeting, alone in a folder (baseline) and in the archive.
  for (const [key, what] of [
    ['meetingMs', 'open a meeting'],
    ['meetingAfterCheckMs', 'open a meeting after the start-up check'],
  ] as const) {
    printFigure({
      name: `P3 ${what} (${label}) vs the same meeting alone p50`,
      value: p50(bigRuns, key),
      baseline: p50(sameRuns, key),
      unit: 'ms',
      goal: '< 1000 ms',
    });
    printFigure({
      name: `P3 ${what} (${label}) vs an empty meeting p50`,
      value: p50(bigRuns, key),
      baseline: p50(emptyRuns, key),
      unit: 'ms',
    });
  }
}
