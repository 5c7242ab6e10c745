import type { Db } from '../db/connection';
import type { AppDataStore } from '../db/dataStore';
import { mergeSearchStep, searchSegmentCount, type MergeStep } from '../db/searchIndexMerge';
import type { Logger } from '../log';
import { quietFor } from './requestTurn';

/*
 * Merges the full-text index in the background (issue 17, db/searchIndexMerge.ts), one bounded
 * step at a time on the main connection, only while she is idle.
 *
 * Main thread, not a worker: a second writing connection would commit between the read and the
 * write of one of her saves (better-sqlite3 begins them DEFERRED) and that save would fail with
 * SQLITE_BUSY_SNAPSHOT. On the main connection a step is one short statement between two of her
 * requests, so her saves queue behind at most one step (~10-30 ms) and are never refused; the
 * step itself never waits for the write lock (another process holding it just postpones the step).
 */

/** No request of hers for this long before a step (the sync screen polls every 2 s while it runs). */
export const IDLE_MS = 2000;

type Clock = Readonly<{
  now: () => number;
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (timer: unknown) => void;
}>;

export type SearchMaintenanceOptions = Readonly<{
  idleMs?: number;
  clock?: Clock;
  /** Milliseconds without a request in flight (services/requestTurn.ts). */
  quietFor?: (now: number) => number;
  step?: (db: Db) => MergeStep;
}>;

export type SearchMaintenance = Readonly<{
  /** Begins (or resumes) merging once the start-up check has passed; the shells call it after the day's first backup. */
  start: () => void;
  stop: () => void;
  /** True while a merge is wanted and not finished. */
  readonly pending: boolean;
}>;

const realClock: Clock = {
  now: () => performance.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

const isBusy = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && String((error as { code?: unknown }).code).startsWith('SQLITE_BUSY');

type Run = { began: number; segments: number; steps: number; workMs: number };

export function createSearchMaintenance(
  store: AppDataStore,
  log: Logger,
  options: SearchMaintenanceOptions = {},
): SearchMaintenance {
  const {
    idleMs = IDLE_MS,
    clock = realClock,
    quietFor: quiet = quietFor,
    step = (db) => mergeSearchStep(db),
  } = options;
  let wanted = false;
  let stopped = false;
  let timer: unknown = null;
  let run: Run | null = null;

  const schedule = (ms: number) => {
    if (timer !== null || stopped || !wanted) return;
    timer = clock.setTimeout(() => {
      timer = null;
      tick();
    }, ms);
  };

  const finish = (db: Db, current: Run) => {
    wanted = false;
    run = null;
    const after = searchSegmentCount(db);
    if (current.steps === 0) {
      log.info(`search index: ${current.segments} segment(s), already merged`);
      return;
    }
    const wall = clock.now() - current.began;
    log.info(
      `search index merged: ${current.segments} -> ${after} segment(s) in ${(wall / 1000).toFixed(1)} s ` +
        `(${current.steps} steps, ${Math.round(current.workMs)} ms of merging)`,
    );
  };

  function tick(): void {
    if (stopped || !wanted) return;
    // A check, a restore or an import in progress, or recovery: the file is not ours to write yet.
    const db = store.connectionIfOpen;
    if (store.checking || store.swapping || store.health.state !== 'ok' || db === null || db.inTransaction) {
      schedule(idleMs);
      return;
    }
    const now = clock.now();
    const waited = quiet(now);
    if (waited < idleMs) {
      schedule(idleMs - waited);
      return;
    }
    try {
      if (run === null) {
        run = { began: now, segments: searchSegmentCount(db), steps: 0, workMs: 0 };
        if (run.segments <= 1) return finish(db, run);
      }
      const done = step(db);
      run.workMs += done.ms;
      if (!done.worked) return finish(db, run);
      run.steps += 1;
    } catch (error) {
      if (isBusy(error)) {
        // Another connection holds the write lock (a save of hers elsewhere): try again later.
        schedule(idleMs);
        return;
      }
      // Searching stays correct without the merge: it is left for the next start, not retried in a loop.
      log.error('merging the search index failed', error);
      wanted = false;
      run = null;
      return;
    }
    // setTimeout, not a loop: a request that arrived during the step is answered before the next one.
    schedule(0);
  }

  // A restore or an archive import brings another file, whose index may be in pieces.
  store.onBeforeSwap(() => {
    run = null;
    if (!stopped && wanted === false) {
      wanted = true;
      schedule(idleMs);
    }
    return Promise.resolve();
  });

  return {
    start() {
      stopped = false;
      void store.checked().then(() => {
        wanted = true;
        schedule(0);
      });
    },
    stop() {
      stopped = true;
      wanted = false;
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
    },
    get pending() {
      return wanted;
    },
  };
}
