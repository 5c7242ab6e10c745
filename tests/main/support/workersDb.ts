import { afterAll, beforeAll } from 'vitest';
import type { ReadJob, ReadJobInput, ReadJobOutput } from '../../../electron/main/workers/jobs';
import { ReadWorkers, type JobRunner, type Lane, type RunOptions } from '../../../electron/main/workers/readWorkers';
import type { Logger } from '../../../electron/main/log';
import { closeLargeSections, openLargeSectionsWithWorkers, type LargeSectionsWorld } from './largeSections';
import { readThrough } from './perTest';
import { openTempDb, type TempDb } from './tempDb';

export type WorkersDb = Readonly<{ temp: TempDb; workers: ReadWorkers }>;

/**
 * A temp data file with real read workers over it, shared by the tests of one file: opened
 * before all of them, the workers closed and the file removed after all. Call it at the top of
 * a test file; `temp` can be read once the tests run.
 */
export function useWorkersDb(): WorkersDb {
  let temp: TempDb | undefined;
  const opened = (): TempDb => {
    if (!temp) throw new Error('the data file opens in beforeAll: read it inside a test or a hook');
    return temp;
  };
  const workers = new ReadWorkers(() => opened().file);
  beforeAll(() => {
    temp = openTempDb();
  });
  afterAll(async () => {
    await workers.close();
    temp?.dispose();
  });
  return { temp: readThrough(opened), workers };
}

/** A runner that hands every job to `real` after writing `lane:job` into `jobs`: which job ran in which lane. */
export function recordingRunner(real: JobRunner, jobs: string[]): JobRunner {
  return {
    run: <J extends ReadJob>(lane: Lane, job: J, input: ReadJobInput<J>, options?: RunOptions) => {
      jobs.push(`${lane}:${job}`);
      return real.run(lane, job, input, options) as Promise<ReadJobOutput<J>>;
    },
    close: () => real.close(),
  };
}

/**
 * openLargeSectionsWithWorkers for the tests of one file: made before all of them (the search
 * worker started), closed after all; `world.ctx` etc. read it once the tests run.
 */
export function useLargeSectionsWithWorkers(
  count: number,
  text: (index: number) => string,
  log: Logger,
): LargeSectionsWorld {
  let world: LargeSectionsWorld | undefined;
  beforeAll(async () => {
    world = await openLargeSectionsWithWorkers(count, text, log);
  }, 60_000);
  afterAll(() => closeLargeSections(world));
  const opened = (): LargeSectionsWorld => {
    if (!world) throw new Error('the sections are written in beforeAll: read them inside a test');
    return world;
  };
  return readThrough(opened);
}
