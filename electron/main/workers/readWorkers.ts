import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError, ERROR_CODES, type ErrorCode } from '../../../shared/ipc/result';
import type { JobReply, ReadJob, ReadJobInput, ReadJobOutput } from './jobs';

/** The worker thread could not start at all: the caller runs the job in-process instead (slower, never skipped). */
export class WorkerUnavailable extends Error {}

export const SUPERSEDED = 'Pencarian ini digantikan oleh pencarian yang lebih baru.';
export const SHUTTING_DOWN = 'Risalah sedang ditutup; permintaan ini dihentikan.';

/**
 * A lane is one worker: jobs of different lanes never wait for each other. Import previews have
 * their own, so a newer preview can end an older one without touching a running import's jobs;
 * the archive has its own beside the documents', so cancelling one never ends the other.
 */
export type Lane = 'search' | 'import' | 'preview' | 'export' | 'archive';

/**
 * Lanes whose jobs run for seconds while she works: their thread runs at a lower OS priority
 * (readWorker.ts), so on a two-core office PC the main thread, which answers her saves, wins
 * the core whenever both want it. A search keeps the normal priority: she is waiting for it.
 */
const BULK_LANES: ReadonlySet<Lane> = new Set<Lane>(['import', 'preview', 'export', 'archive']);
/** The nice value of a bulk lane's thread (0 normal, 19 lowest). */
export const BULK_NICE = 10;

/**
 * `supersede`: end the lane's running job (answered CONFLICT with `superseded`, default SUPERSEDED).
 * `signal`: she cancelled (services/cancellation.ts): the lane's worker is ended at once and the
 * job rejects with the signal's reason; the next job starts a fresh worker.
 */
export type RunOptions = Readonly<{ supersede?: boolean; superseded?: string; signal?: AbortSignal }>;

const CANCELLED = 'Dibatalkan.';

export function abortReason(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new AppError('CONFLICT', CANCELLED);
}

/** What handlers use to run a read job off the main thread (HandlerContext.workers). */
export type JobRunner = Readonly<{
  run<J extends ReadJob>(lane: Lane, job: J, input: ReadJobInput<J>, options?: RunOptions): Promise<ReadJobOutput<J>>;
  close(): Promise<void>;
}>;

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };
type Running = { worker: Worker; pending: Map<number, Pending> };

/**
 * The built entry is its own file in out/main (electron.vite.config.mts), while this module may
 * be bundled into out/main/chunks. From sources (tests, the bench's in-process runs) the .ts
 * file beside this one is loaded through tsx's require hook: a worker refuses `--import`.
 */
function startWorker(workerData: unknown): Worker {
  for (const built of [join(__dirname, 'readWorker.js'), join(__dirname, '..', 'readWorker.js')]) {
    if (existsSync(built)) return new Worker(built, { workerData });
  }
  const source = JSON.stringify(join(__dirname, 'readWorker.ts'));
  return new Worker(`require('tsx/cjs'); require(${source});`, { eval: true, workerData });
}

function errorOf(reply: Extract<JobReply, { ok: false }>): Error {
  // An AppError keeps its code and Indonesian message; anything else is logged by dispatch as INTERNAL.
  if (reply.code !== 'INTERNAL' && (ERROR_CODES as ReadonlyArray<string>).includes(reply.code)) {
    return new AppError(reply.code as ErrorCode, reply.message);
  }
  return new Error(reply.message);
}

/**
 * One worker thread per lane, started on first use, each with its own read-only connection
 * to `file()`. A job that supersedes (search: she typed on) ends the lane's worker if it is
 * still busy: a running SQLite statement cannot be interrupted from outside, a thread can.
 */
export class ReadWorkers implements JobRunner {
  private readonly lanes = new Map<Lane, Running>();
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly file: () => string,
    private readonly nativeBinding?: string,
  ) {}

  run<J extends ReadJob>(
    lane: Lane,
    job: J,
    input: ReadJobInput<J>,
    options: RunOptions = {},
  ): Promise<ReadJobOutput<J>> {
    if (this.closed) return Promise.reject(new AppError('CONFLICT', SHUTTING_DOWN));
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    let running = this.lanes.get(lane);
    if (running && options.supersede && running.pending.size > 0) {
      void this.stop(lane, running, new AppError('CONFLICT', options.superseded ?? SUPERSEDED));
      running = undefined;
    }
    const target = running ?? this.start(lane);
    const id = this.nextId++;
    return new Promise<ReadJobOutput<J>>((resolve, reject) => {
      target.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      // Held while it works for someone; idle, it must not keep the process alive after the server closed.
      target.worker.ref();
      target.worker.postMessage({ id, job, input });
      signal?.addEventListener(
        'abort',
        () => {
          if (target.pending.has(id)) void this.stop(lane, target, abortReason(signal));
        },
        { once: true },
      );
    });
  }

  /**
   * Ends the workers now running but stays usable: the next job starts a fresh one. Called
   * before the data file is replaced, so no reader holds the old file open.
   */
  async release(reason: string): Promise<void> {
    const stopping = [...this.lanes].map(([lane, running]) => this.stop(lane, running, new AppError('LOCKED', reason)));
    await Promise.all(stopping);
  }

  /** Ends every worker (shutdown, tests); jobs still waiting are refused, not left hanging. */
  async close(): Promise<void> {
    this.closed = true;
    const stopping = [...this.lanes].map(([lane, running]) =>
      this.stop(lane, running, new AppError('CONFLICT', SHUTTING_DOWN)),
    );
    await Promise.all(stopping);
  }

  private start(lane: Lane): Running {
    const nice = BULK_LANES.has(lane) ? BULK_NICE : 0;
    const worker = startWorker({ file: this.file(), nativeBinding: this.nativeBinding, nice });
    const running: Running = { worker, pending: new Map() };
    let online = false;
    worker.once('online', () => {
      online = true;
    });
    worker.on('message', (reply: JobReply) => {
      const waiting = running.pending.get(reply.id);
      running.pending.delete(reply.id);
      if (running.pending.size === 0) worker.unref();
      if (reply.ok) waiting?.resolve(reply.value);
      else waiting?.reject(errorOf(reply));
    });
    const fail = (error: Error) => {
      if (this.lanes.get(lane) === running) this.lanes.delete(lane);
      for (const waiting of running.pending.values()) waiting.reject(error);
      running.pending.clear();
    };
    worker.on('error', (error) => fail(online ? error : new WorkerUnavailable(error.message)));
    worker.on('exit', (code) => fail(new Error(`worker ${lane} exited (${code})`)));
    this.lanes.set(lane, running);
    return running;
  }

  private stop(lane: Lane, running: Running, reason: Error): Promise<number> {
    if (this.lanes.get(lane) === running) this.lanes.delete(lane);
    for (const waiting of running.pending.values()) waiting.reject(reason);
    running.pending.clear();
    return running.worker.terminate();
  }
}
