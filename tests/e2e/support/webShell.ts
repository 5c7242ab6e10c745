import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';

const WEB_ENTRY = resolve(import.meta.dirname, '../../..', process.env['RISALAH_OUT_DIR'] ?? 'out', 'main/web.js');

export type WebShell = Readonly<{
  url: string;
  origin: string;
  token: string;
  port: number;
  dataDir: string;
  process: ChildProcess;
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
}>;

/** Folders made by tempDataDir in this process and not yet removed. */
const madeHere = new Set<string>();
/** Shells started in this process and still running: a failed test may leave one. */
const running = new Set<ChildProcess>();
let exitHook = false;

/**
 * A fresh data folder under the system's temp dir, removed at the end of the test file
 * (tests/e2e/support/setup.ts) or, for a bench, when the process exits: 1,294 were left behind
 * before. RISALAH_KEEP_E2E_DATA=1 keeps them to look at after a failure.
 */
export function tempDataDir(prefix = 'risalah-e2e-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  madeHere.add(dir);
  if (!exitHook) {
    exitHook = true;
    // An exit handler may only do synchronous work: shells are killed without waiting.
    process.once('exit', () => {
      for (const child of running) child.kill('SIGKILL');
      removeFolders();
    });
  }
  return dir;
}

function removeFolders(): void {
  if (process.env['RISALAH_KEEP_E2E_DATA'] === '1') {
    if (madeHere.size > 0) console.log(`RISALAH_KEEP_E2E_DATA=1: kept ${[...madeHere].join(' ')}`);
  } else {
    for (const dir of madeHere) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  }
  madeHere.clear();
}

/**
 * Stops the shells still running (a test that failed before stopping its own) and removes every
 * folder tempDataDir made; called after a test file's own afterAll hooks.
 */
export async function removeTempDataDirs(): Promise<void> {
  await Promise.all(
    [...running].map(
      (child) =>
        new Promise<void>((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done();
          child.once('exit', () => done());
          child.kill('SIGKILL');
        }),
    ),
  );
  removeFolders();
}

/**
 * Starts the built web shell (`npm run build` first) on a free port and waits for its URL line.
 * `port: null` starts it as the README does, without --port: on the port the data folder used last.
 */
export function startWebShell(dataDir: string, port: number | null = 0): Promise<WebShell> {
  // A fixed port keeps the browser's origin (and its localStorage) across a restart.
  const portArgs = port === null ? [] : ['--port', String(port)];
  const child = spawn(process.execPath, [WEB_ENTRY, ...portArgs, '--data', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`web shell did not start: ${stderr}`)), 15_000);
    child.on('exit', (code) => reject(new Error(`web shell exited with ${code}: ${stderr}`)));
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /Risalah: (http:\/\/127\.0\.0\.1:(\d+)\/\?token=([\w-]+))/.exec(stdout);
      if (!match) return;
      clearTimeout(timer);
      const [, url = '', port = '0', token = ''] = match;
      resolvePromise({
        url,
        origin: `http://127.0.0.1:${port}`,
        token,
        port: Number(port),
        dataDir,
        process: child,
        stop: (signal = 'SIGTERM') =>
          new Promise((done) => {
            if (child.exitCode !== null) return done(child.exitCode);
            child.removeAllListeners('exit');
            child.once('exit', (code) => done(code));
            child.kill(signal);
          }),
      });
    });
  });
}

/** A browser and a web shell on a fresh data folder: what a file of screen tests starts from. */
export async function openBrowserOnShell(): Promise<Readonly<{ browser: Browser; shell: WebShell }>> {
  return { browser: await launchBrowser(), shell: await startWebShell(tempDataDir()) };
}

/** Either may be missing when starting failed; the other still has to go. */
export async function closeBrowserAndShell(browser: Browser | undefined, shell: WebShell | undefined): Promise<void> {
  await shell?.stop();
  await browser?.close();
}

/** The shells a test starts and restarts: those still running when a step fails are stopped at the end. */
export function shellPool(port: number | null = 0) {
  const running: WebShell[] = [];
  return {
    start: async (dataDir: string, portNow: number | null = port): Promise<WebShell> => {
      const shell = await startWebShell(dataDir, portNow);
      running.push(shell);
      return shell;
    },
    stopAll: async () => {
      for (const shell of running)
        if (shell.process.exitCode === null && shell.process.signalCode === null) await shell.stop();
    },
  };
}
