import { statSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { openReader, type Db } from '../db/connection';
import { AppError } from '../../../shared/ipc/result';
import { FILE_JOBS, READ_JOBS, type JobReply, type JobRequest } from './jobs';

/*
 * Worker entry (built to out/main/readWorker.js, electron.vite.config.mts): runs READ_JOBS on
 * a read-only connection of its own. WAL lets it read while main writes; it sees what main
 * committed before the job began. A restore or archive import replaces the file by rename,
 * so each job first checks that the path still names the file it opened.
 */
const { file, nativeBinding, nice } = workerData as { file: string; nativeBinding?: string; nice?: number };

/*
 * A bulk lane's thread runs below the main thread (readWorkers.ts, BULK_LANES). Only on Linux:
 * there the nice value belongs to each thread, and setpriority(PRIO_PROCESS, 0) changes the
 * calling thread alone; on Windows and macOS the same call would lower the whole process, her
 * saves included. A refusal (a sandbox forbids it) only leaves the thread at normal priority.
 */
if (process.platform === 'linux' && nice) {
  try {
    setPriority(0, nice);
  } catch {
    // Normal priority: slower answers while it runs, nothing lost.
  }
}

let open: { db: Db; identity: string } | null = null;

function identityOf(path: string): string {
  const stat = statSync(path);
  return `${stat.dev}:${stat.ino}`;
}

function connection(): Db {
  const identity = identityOf(file);
  if (open && open.identity === identity) return open.db;
  open?.db.close();
  const db = openReader(file, nativeBinding);
  open = { db, identity };
  return db;
}

async function answer(request: JobRequest): Promise<JobReply> {
  try {
    const run = READ_JOBS[request.job] as (db: Db | null, input: unknown) => unknown;
    const db = FILE_JOBS.has(request.job) ? null : connection();
    return { id: request.id, ok: true, value: await run(db, request.input) };
  } catch (error) {
    if (error instanceof AppError) return { id: request.id, ok: false, code: error.code, message: error.message };
    return {
      id: request.id,
      ok: false,
      code: 'INTERNAL',
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
  }
}

parentPort?.on('message', (request: JobRequest) => {
  void answer(request).then((reply) => parentPort?.postMessage(reply));
});
