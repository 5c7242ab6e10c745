import { AppError } from '../../../shared/ipc/result';
import type { AppDataStore } from '../db/dataStore';
import type { Logger } from '../log';
import { backupAfterApproval, dailyBackupIfDue, nextDailyAt } from './backupService';

/*
 * Keeps the daily backup on time while the app stays open (an office PC is left on for
 * days) and makes the copy after each approval. The decision of when is backupTiming.ts's;
 * this only sets the timer, re-reading the folder and the setting each time it wakes, so a
 * restore, a new time or a clock change is picked up. The clock is injected: tests run days
 * in milliseconds.
 */

export type BackupClock = Readonly<{
  now: () => number;
  setTimer: (run: () => void, ms: number) => unknown;
  clearTimer: (timer: unknown) => void;
}>;

export const systemClock: BackupClock = {
  now: () => Date.now(),
  setTimer: (run, ms) => {
    const timer = setTimeout(run, ms);
    // A pending backup timer must not keep a shell (or a test) alive on its own.
    timer.unref();
    return timer;
  },
  clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

export type BackupSchedule = Readonly<{
  /** Starts planning (after the start-up backup has been made or found not due). */
  start: () => void;
  stop: () => void;
  /** The setting changed: plan again from it. */
  replan: () => void;
  /** Minutes were approved: a copy as soon as the data file is free. */
  afterApproval: () => void;
  /** When the timer will next wake (ms), null when stopped. */
  wakesAt: () => number | null;
  /** Resolves once no backup started by the schedule is running. */
  settled: () => Promise<void>;
}>;

// Woken at least hourly: a laptop's sleep or a clock change must not push a backup back a day.
const MAX_WAIT_MS = 60 * 60 * 1000;
// Another copy, restore or import holds the file: try again shortly.
const BUSY_RETRY_MS = 60 * 1000;
// A real failure (full disk, folder gone) is logged, then tried again without flooding the log.
const FAILURE_RETRY_MS = 15 * 60 * 1000;

export function createBackupSchedule(
  store: AppDataStore,
  log: Logger,
  clock: BackupClock = systemClock,
): BackupSchedule {
  let stopped = true;
  let timer: unknown = null;
  let wakeAt: number | null = null;
  let approvalPending = false;
  let retryAt: number | null = null;
  let running: Promise<void> = Promise.resolve();

  function plan(): void {
    if (timer !== null) clock.clearTimer(timer);
    timer = null;
    wakeAt = null;
    if (stopped) return;
    const now = clock.now();
    const wanted = Math.min(
      nextDailyAt(store, now) ?? Number.POSITIVE_INFINITY,
      approvalPending ? now : Number.POSITIVE_INFINITY,
    );
    const due = retryAt === null ? wanted : Math.max(wanted, retryAt);
    const wait = Math.max(0, Math.min(due - now, MAX_WAIT_MS));
    wakeAt = now + wait;
    timer = clock.setTimer(wake, wait);
  }

  function wake(): void {
    timer = null;
    running = running.then(runDue).finally(plan);
  }

  async function runDue(): Promise<void> {
    if (stopped) return;
    const now = clock.now();
    retryAt = null;
    try {
      if (approvalPending) {
        approvalPending = false;
        try {
          await backupAfterApproval(store, now);
        } catch (error) {
          approvalPending = true;
          throw error;
        }
      }
      await dailyBackupIfDue(store, now, false);
    } catch (error) {
      const busy = error instanceof AppError && error.code === 'LOCKED';
      if (!busy) log.error('scheduled backup failed', error);
      retryAt = now + (busy ? BUSY_RETRY_MS : FAILURE_RETRY_MS);
    }
  }

  return {
    start: () => {
      stopped = false;
      plan();
    },
    stop: () => {
      stopped = true;
      plan();
    },
    replan: () => plan(),
    afterApproval: () => {
      approvalPending = true;
      plan();
    },
    wakesAt: () => wakeAt,
    settled: () => running,
  };
}
