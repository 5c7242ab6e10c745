import type { Db } from '../db/connection';
import { READ_JOBS, type ReadJob, type ReadJobInput, type ReadJobOutput } from './jobs';
import { abortReason, WorkerUnavailable, type JobRunner, type Lane, type RunOptions } from './readWorkers';

/** What a job needs of the handler context: the connection (read first) and the workers, if any. */
type RunnerContext = Readonly<{ db: Db; workers?: JobRunner }>;

/**
 * Runs a read job in the lane's worker when the shell has workers (both shells do), else
 * here. `ctx.db` is read first either way, so a swap in progress or recovery refuses the
 * job exactly as it refuses any handler.
 */
export async function runRead<J extends ReadJob>(
  ctx: RunnerContext,
  lane: Lane,
  job: J,
  input: ReadJobInput<J>,
  options: RunOptions = {},
): Promise<ReadJobOutput<J>> {
  const db = ctx.db;
  if (ctx.workers) {
    try {
      return await ctx.workers.run(lane, job, input, options);
    } catch (error) {
      if (!(error instanceof WorkerUnavailable)) throw error;
    }
  }
  const run = READ_JOBS[job] as (db: Db, input: ReadJobInput<J>) => ReadJobOutput<J> | Promise<ReadJobOutput<J>>;
  const value = await run(db, input);
  // In-process nothing can end the job early; a cancel during it still keeps its result from her.
  if (options.signal?.aborted) throw abortReason(options.signal);
  return value;
}

/**
 * Runs a job that only reads the files it is given (FILE_JOBS) in the lane's worker, else here.
 * It does not read `ctx.db`: an archive import must work in recovery, when there is none.
 */
export async function runFileJob<J extends ReadJob>(
  workers: JobRunner | undefined,
  lane: Lane,
  job: J,
  input: ReadJobInput<J>,
): Promise<ReadJobOutput<J>> {
  if (workers) {
    try {
      return await workers.run(lane, job, input);
    } catch (error) {
      if (!(error instanceof WorkerUnavailable)) throw error;
    }
  }
  const run = READ_JOBS[job] as (db: Db | null, input: ReadJobInput<J>) => ReadJobOutput<J> | Promise<ReadJobOutput<J>>;
  return run(null, input);
}
