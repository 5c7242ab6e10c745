import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { checkDatabaseFile, type FileCheck } from './integrity';

export type FileChecker = (file: string, nativeBinding?: string) => Promise<FileCheck>;

/**
 * The built worker is an entry of its own in out/main (electron.vite.config.mts), while
 * this module may be bundled into out/main/chunks; from sources (tests, scripts) it is the
 * .ts file beside this one, loaded through tsx.
 */
function workerEntry(): { path: string; execArgv: string[] } {
  for (const built of [join(__dirname, 'integrityWorker.js'), join(__dirname, '..', 'integrityWorker.js')]) {
    if (existsSync(built)) return { path: built, execArgv: [] };
  }
  return { path: join(__dirname, 'integrityWorker.ts'), execArgv: ['--import', 'tsx'] };
}

/**
 * quick_check of `file` on a read-only connection in a worker thread; never rejects. If the
 * worker itself cannot run, the check runs here instead: slower to answer, never skipped.
 */
export const checkInWorker: FileChecker = (file, nativeBinding) =>
  checkFileInWorker(file, { knownVersion: Number.MAX_SAFE_INTEGER, nativeBinding, compareCounters: true });

/**
 * Any file check (archives being built or imported too) off the main thread: quick_check
 * of a large file takes seconds, and her autosaves must not wait for it. `signal` (she cancelled
 * the archive export) ends the worker at once and rejects with its reason; otherwise it never rejects.
 */
export const checkFileInWorker = (
  file: string,
  options: Parameters<typeof checkDatabaseFile>[1],
  signal?: AbortSignal,
): Promise<FileCheck> =>
  new Promise((resolve, reject) => {
    const entry = workerEntry();
    const worker = new Worker(entry.path, { workerData: { file, ...options }, execArgv: entry.execArgv });
    let answered = false;
    signal?.addEventListener(
      'abort',
      () => {
        if (answered) return;
        answered = true;
        reject(signal.reason instanceof Error ? signal.reason : new Error('cancelled'));
        void worker.terminate();
      },
      { once: true },
    );
    const answer = (verdict: FileCheck | null) => {
      if (answered) return;
      answered = true;
      resolve(verdict ?? checkDatabaseFile(file, options));
      void worker.terminate();
    };
    worker.once('message', (verdict: FileCheck) => answer(verdict));
    worker.once('error', () => answer(null));
    worker.once('exit', () => answer(null));
  });
