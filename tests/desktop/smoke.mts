// Desktop smoke test (`npm run test:desktop`, last step of `npm test`): the built app in real
// Electron, which the web-shell end-to-end tests never start. Where the Electron binary was
// not downloaded it prints one "skipped" line and exits 0; run it on a desktop machine
// before every release. It drives the built out/ folder: the packaged app cannot be driven
// by Playwright, whose Electron support needs --inspect, which the package's fuse
// enableNodeCliInspectArguments turns off (electron-builder.yml).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { electronExecutable, isolatedEnv } from './electronRuntime';

const root = resolve(import.meta.dirname, '../..');

type Answer = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

/** One channel through the preload bridge, as the renderer calls it (window.api). */
async function call(page: Page, channel: string, input: unknown): Promise<unknown> {
  const answer = await page.evaluate(
    ([name, payload]) => {
      const fn = (window as unknown as { api: Partial<Record<string, (input: unknown) => Promise<Answer>>> }).api[name];
      if (!fn) throw new Error(`no channel ${name} on window.api`);
      return fn(payload);
    },
    [channel, input] as const,
  );
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.code} ${answer.error.message}`);
  return answer.value;
}

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`desktop smoke: ${what}`);
  console.log(`  ok  ${what}`);
}

/** The save dialog answers `target` without showing anything (main process, Electron's own dialog module). */
async function stubSaveDialog(app: ElectronApplication, target: string): Promise<void> {
  await app.evaluate(({ dialog }, filePath) => {
    const answer = async () => ({ canceled: false, filePath });
    (dialog as unknown as { showSaveDialog: typeof answer }).showSaveDialog = answer;
  }, target);
}

/** The start-up quick_check's worker, started from the built entry the app uses, on the app's own database. */
async function runIntegrityWorker(
  app: ElectronApplication,
): Promise<{ verdict?: unknown; error?: string; entry: string }> {
  return app.evaluate(async ({ app: electronApp }) => {
    const { Worker } = process.getBuiltinModule('node:worker_threads');
    const { join: joinPath } = process.getBuiltinModule('node:path');
    const { existsSync: exists } = process.getBuiltinModule('node:fs');
    const entry = joinPath(electronApp.getAppPath(), 'out', 'main', 'integrityWorker.js');
    // Same place electron/main/nativeBinding.ts looks for the Electron build of better-sqlite3.
    const binding = joinPath(
      electronApp.getAppPath(),
      '.native',
      `electron-${process.versions.electron}`,
      'better_sqlite3.node',
    );
    const file = joinPath(electronApp.getPath('userData'), 'risalah.db');
    return new Promise((done) => {
      const worker = new Worker(entry, { workerData: { file, nativeBinding: exists(binding) ? binding : undefined } });
      worker.once('message', (verdict: unknown) => {
        done({ verdict, entry });
        void worker.terminate();
      });
      worker.once('error', (error: Error) => done({ error: error.message, entry }));
    });
  });
}

async function smoke(executablePath: string, home: string): Promise<void> {
  const userData = join(home, 'userData');
  const app = await _electron.launch({
    executablePath,
    args: [`--user-data-dir=${userData}`, root],
    cwd: root,
    env: isolatedEnv(home),
    timeout: 60_000,
  });
  try {
    const where = await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'));
    // Never write into the maintainer's real data: stop before any channel call if isolation failed.
    check(resolve(where).startsWith(resolve(home)), `data folder is the temporary one (${where})`);

    const page = await app.firstWindow();
    await page.getByRole('navigation', { name: 'Navigasi utama' }).waitFor({ timeout: 30_000 });
    check(
      await page.getByRole('navigation', { name: 'Navigasi utama' }).getByText('Beranda').isVisible(),
      'first screen shows Beranda',
    );

    const title = `Rakor Uji Asap ${Date.now()}`;
    const created = (await call(page, 'meetings:create', {
      title,
      date: '2026-11-27',
      place: 'Ruang Rapat Bupati',
    })) as { id: string };
    const read = (await call(page, 'meetings:get', { id: created.id })) as { title: string };
    check(read.title === title, 'meetings:create then meetings:get gives the meeting back');

    const pdf = join(home, 'Notula.pdf');
    await stubSaveDialog(app, pdf);
    const input = { meetingId: created.id, kind: 'NOTULA', paper: 'F4', readyForTte: false, fileName: '' };
    const delivery = (await call(page, 'documents:export-pdf', input)) as { kind: string };
    check(delivery.kind === 'saved' && existsSync(pdf), 'the stubbed save dialog received the Notula');
    const bytes = readFileSync(pdf);
    check(
      bytes.subarray(0, 5).toString('latin1') === '%PDF-' && bytes.length > 1000,
      `printToPDF wrote a PDF (${bytes.length} bytes)`,
    );

    const worker = await runIntegrityWorker(app);
    const verdict = worker.verdict as { ok?: boolean } | undefined;
    check(
      verdict?.ok === true,
      `integrity worker loaded from ${worker.entry} and passed the database (${worker.error ?? 'ok'})`,
    );
  } finally {
    await app.close();
  }
}

async function main(): Promise<number> {
  const found = electronExecutable(root);
  if ('skip' in found) {
    console.log(found.skip);
    return 0;
  }
  if (!existsSync(join(root, 'out', 'main', 'index.js'))) {
    console.error('desktop smoke: out/main/index.js is missing; run `npm run build` first');
    return 1;
  }
  // Without the Electron build of better-sqlite3 the app stops at a modal error box.
  const electronPackage = join(root, 'node_modules', 'electron', 'package.json');
  const { version } = JSON.parse(readFileSync(electronPackage, 'utf8')) as { version: string };
  if (!existsSync(join(root, '.native', `electron-${version}`, 'better_sqlite3.node'))) {
    console.error('desktop smoke: no Electron build of better-sqlite3; run `npm start` once');
    return 1;
  }
  console.log('desktop smoke: the built app in out/ (not the package: see the top of tests/desktop/smoke.mts)');
  const home = mkdtempSync(join(tmpdir(), 'risalah-desktop-'));
  try {
    await smoke(found.path, home);
    console.log('desktop smoke: passed');
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

process.exitCode = await main();
