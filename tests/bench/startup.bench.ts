import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { chromium } from 'playwright-core';
import { openDatabase } from '../../electron/main/db/connection';
import { createMeeting } from '../../electron/main/repositories/meetingsRepository';
import { generateBigDataset } from '../../electron/main/services/seed/bigDataset';
import { percentile, printFigure } from './stats';

/*
 * P3: open the app and its first screen. The built web shell is started on a data folder,
 * timed from spawn to Beranda painted with its data (the "Rapat terakhir" section), then a
 * meeting page is opened until its tabs and title stand. The archive comes from seedBig
 * (RISALAH_BENCH_SCALE, default 0.05 = 150 meetings over 10 years; 1 by hand = 3,000);
 * the baseline is the same measure on a data folder holding one meeting, in the same run.
 */
const OUT = resolve(import.meta.dirname, '../..', process.env['RISALAH_OUT_DIR'] ?? 'out');
// Read when run, not at import: the runner sets them from --scale/--quick after importing.
const scale = () => Number(process.env['RISALAH_BENCH_SCALE'] ?? 0.05);
const rounds = () => Number(process.env['RISALAH_BENCH_ROUNDS'] ?? 3);

type Open = { shellMs: number; berandaMs: number; meetingMs: number };

async function measureOpen(dataDir: string, meetingId: string | null): Promise<Open> {
  // Chromium is launched before the clock starts: its own start-up is not the app's.
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const started = performance.now();
  const child = spawn(process.execPath, [join(OUT, 'main/web.js'), '--port', '0', '--data', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((done, fail) => {
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = /Risalah: (\S+)/.exec(text);
      if (match) done(match[1] as string);
    });
    child.on('exit', (code) => fail(new Error(`web shell exited ${code}`)));
  });
  const shellMs = performance.now() - started;
  try {
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
    await page.goto(url);
    await page.getByRole('main').getByRole('heading').first().waitFor();
    await page.locator('section[aria-label="Rapat terakhir"], section[aria-label="Rapat mendatang"]').first().waitFor({ timeout: 30_000 }).catch(() => undefined);
    const berandaMs = performance.now() - started;
    let meetingMs = Number.NaN;
    if (meetingId) {
      const before = performance.now();
      await page.goto(`${url.split('?')[0]}?${url.split('?')[1]}#/rapat/${meetingId}`);
      await page.getByRole('tablist').first().waitFor();
      await page.getByRole('main').getByRole('heading').first().waitFor();
      meetingMs = performance.now() - before;
    }
    return { shellMs, berandaMs, meetingMs };
  } finally {
    await browser.close();
    child.kill('SIGTERM');
  }
}

export async function run(): Promise<void> {
  const SCALE = scale();
  const ROUNDS = rounds();
  const empty = mkdtempSync(join(tmpdir(), 'risalah-p3-empty-'));
  const big = mkdtempSync(join(tmpdir(), 'risalah-p3-big-'));
  try {
    const { db } = openDatabase(join(empty, 'risalah.db'));
    // The baseline archive: one meeting, so "open a meeting" has its own baseline too.
    const lone = createMeeting(db, { title: 'Rapat Koordinasi Kepala OPD', date: '2026-11-27', place: 'Ruang Rapat Bupati' }, { now: Date.now(), actor: 'bench' }).id;
    db.close();
    const seededAt = performance.now();
    const { db: bigDb } = openDatabase(join(big, 'risalah.db'));
    const counts = generateBigDataset(bigDb, { years: 10, scale: SCALE, seed: 42 });
    bigDb.pragma('wal_checkpoint(TRUNCATE)');
    bigDb.close();
    console.log(`archive: scale ${SCALE}, ${counts.meetings} meetings, ${counts.commitments} commitments, generated in ${((performance.now() - seededAt) / 1000).toFixed(1)} s`);
    const reader = new Database(join(big, 'risalah.db'), { readonly: true });
    const meetingId = reader.prepare(`SELECT id FROM meetings ORDER BY date DESC LIMIT 1`).pluck().get() as string;
    reader.close();
    const emptyRuns: Open[] = [];
    const bigRuns: Open[] = [];
    for (let i = 0; i < ROUNDS; i += 1) {
      emptyRuns.push(await measureOpen(empty, lone));
      bigRuns.push(await measureOpen(big, meetingId));
    }
    const p50 = (runs: Open[], key: keyof Open) => percentile(runs.map((r) => r[key]), 50);
    printFigure({ name: `P3 web shell start (scale ${SCALE}) p50`, value: p50(bigRuns, 'shellMs'), baseline: p50(emptyRuns, 'shellMs'), unit: 'ms' });
    printFigure({ name: `P3 start to Beranda painted (scale ${SCALE}) p50`, value: p50(bigRuns, 'berandaMs'), baseline: p50(emptyRuns, 'berandaMs'), unit: 'ms', goal: '< 3000 ms' });
    printFigure({ name: `P3 open a meeting (scale ${SCALE}) p50`, value: p50(bigRuns, 'meetingMs'), baseline: p50(emptyRuns, 'meetingMs'), unit: 'ms', goal: '< 1000 ms' });
  } finally {
    rmSync(empty, { recursive: true, force: true });
    rmSync(big, { recursive: true, force: true });
  }
}
