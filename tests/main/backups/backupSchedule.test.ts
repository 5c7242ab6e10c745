import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listBackupFiles } from '../../../electron/main/db/backupFiles';
import { dispatch } from '../../../electron/main/ipc/dispatch';
import type { HandlerContext } from '../../../electron/main/ipc/handlerTypes';
import {
  createBackupSchedule,
  type BackupClock,
  type BackupSchedule,
} from '../../../electron/main/services/backupScheduler';
import { nextDailyBackupAt } from '../../../electron/main/services/backupTiming';
import type { ChannelInput, ChannelOutput, IpcChannel } from '../../../shared/ipc/contract';
import { buildMeeting } from '../approval/approvalWorld';
import { openTestStore } from './support';

/*
 * Issue 15, part 4: backups on a schedule while the app runs. A fake clock keeps the app
 * open for days in milliseconds; the backups folder is the proof (names carry the local time).
 */
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** Timers that fire only when the test moves the clock, each run awaited before the next. */
function fakeClock(start: number) {
  let now = start;
  let nextId = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  const clock: BackupClock = {
    now: () => now,
    setTimer: (run, ms) => {
      const id = nextId++;
      timers.set(id, { at: now + ms, run });
      return id;
    },
    clearTimer: (id) => void timers.delete(id as number),
  };
  return {
    clock,
    fired: 0,
    async advanceTo(target: number, schedule: BackupSchedule) {
      for (;;) {
        const due = [...timers.entries()]
          .filter(([, timer]) => timer.at <= target)
          .sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = Math.max(now, due[1].at);
        this.fired += 1;
        due[1].run();
        await schedule.settled();
      }
      now = target;
    },
  };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'risalah-jadwal-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function openRunningApp(start: number) {
  const app = openTestStore(dir, start);
  await app.dailyBackup;
  const errors: unknown[] = [];
  const log = { info: () => undefined, error: (...args: unknown[]) => void errors.push(args) };
  const time = fakeClock(start);
  const schedule = createBackupSchedule(app.store, log, time.clock);
  const ctx: HandlerContext = {
    get db() {
      return app.store.db;
    },
    data: app.store,
    now: time.clock.now,
    actor: 'penguji',
    appInfo: app.ctx.appInfo,
    files: app.files,
    backupSchedule: schedule,
  };
  schedule.start();
  const call = async <C extends IpcChannel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const result = await dispatch(channel, input, ctx, log);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as ChannelOutput<C>;
  };
  const backups = () =>
    listBackupFiles(app.store.backupDir).map((backup) => ({ reason: backup.reason, createdAt: backup.createdAt }));
  return { app, schedule, time, call, backups, errors, dispose: () => (schedule.stop(), app.store.close()) };
}

describe('services/backupScheduler', () => {
  it('keeps the app open three days: three daily backups 24 hours apart, and one after an approval', async () => {
    // 10.00 WIB on the morning after the meeting; submitted at 11.00, approved at 11.30 (after the submission, not in the future).
    const start = Date.UTC(2026, 10, 28, 3, 0);
    const running = await openRunningApp(start);
    const { schedule, time, call, backups } = running;
    try {
      expect(backups()).toEqual([{ reason: 'harian', createdAt: start }]);

      const world = await buildMeeting({
        db: running.app.store.db,
        dir,
        file: running.app.file,
        dispose: () => undefined,
      });
      await time.advanceTo(start + HOUR, schedule);
      await call('approval:submit', { meetingId: world.meetingId, note: '' });
      await time.advanceTo(start + 2 * HOUR, schedule);
      const chair = world.seeded.people.wabup;
      await call('approval:approve', {
        meetingId: world.meetingId,
        personId: chair,
        decidedOn: '2026-11-28',
        decidedTime: '11:30',
      });
      // The copy is made in the background, as soon as the schedule's timer runs.
      await time.advanceTo(start + 2 * HOUR, schedule);
      const afterApproval = backups().filter((backup) => backup.reason === 'setelah-pengesahan');
      expect(afterApproval).toEqual([{ reason: 'setelah-pengesahan', createdAt: start + 2 * HOUR }]);

      const settings = await call('backups:settings', {});
      expect(settings).toMatchObject({
        dailyAt: null,
        nextDaily: { at: start + DAY },
        lastBackup: { reason: 'setelah-pengesahan' },
      });

      // Three days and a minute less: no restart, only the schedule.
      await time.advanceTo(start + 3 * DAY - 60_000, schedule);
      const daily = backups()
        .filter((backup) => backup.reason === 'harian')
        .map((backup) => backup.createdAt)
        .sort();
      expect(daily).toEqual([start, start + DAY, start + 2 * DAY]);
      expect(backups()).toHaveLength(4);
      // Woken at most hourly (sleep, clock changes), so about 72 wakes, not a busy loop.
      expect(time.fired).toBeGreaterThan(60);
      expect(time.fired).toBeLessThan(90);
      expect((schedule.wakesAt() ?? Number.POSITIVE_INFINITY) - time.clock.now()).toBeLessThanOrEqual(HOUR);
      schedule.stop();
      expect(schedule.wakesAt()).toBeNull();
      expect(running.errors).toEqual([]);
    } finally {
      running.dispose();
    }
  }, 60_000);

  it('makes the daily backup at the time she set, every day, and says when the next one is', async () => {
    const start = new Date(2026, 11, 1, 8, 0).getTime();
    const running = await openRunningApp(start);
    const { schedule, time, call, backups } = running;
    try {
      const saved = await call('backups:update-settings', { keep: 10, dailyAt: '16:00' });
      const today1600 = new Date(2026, 11, 1, 16, 0).getTime();
      expect(saved).toMatchObject({
        dailyAt: '16:00',
        nextDaily: { at: today1600, date: '2026-12-01', time: '16:00' },
      });
      await time.advanceTo(start + 3 * DAY, schedule);
      const daily = backups()
        .filter((backup) => backup.reason === 'harian')
        .map((backup) => backup.createdAt)
        .sort();
      // The 08.00 one of the first start, then 16.00 on each of the three days.
      expect(daily).toEqual([start, today1600, today1600 + DAY, today1600 + 2 * DAY]);
      expect((await call('backups:settings', {})).nextDaily).toEqual({
        at: today1600 + 3 * DAY,
        date: '2026-12-04',
        time: '16:00',
      });
      const refused = dispatch(
        'backups:update-settings',
        { keep: 10, dailyAt: '25:00' },
        running.app.ctx,
        running.app.log,
      );
      await expect(refused).resolves.toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', message: 'Jam cadangan harian tidak valid; tulis jam:menit, misalnya 16:00.' },
      });
    } finally {
      running.dispose();
    }
  }, 60_000);
});

describe('services/backupTiming', () => {
  const at = (day: number, hours: number, minutes = 0) => new Date(2026, 11, day, hours, minutes).getTime();

  it('default: at the first start of a day, then 24 hours after the last daily backup', () => {
    expect(nextDailyBackupAt({ dailyAt: null, lastDailyAt: null, now: at(1, 9), atStart: false })).toBe(at(1, 9));
    expect(nextDailyBackupAt({ dailyAt: null, lastDailyAt: at(1, 20), now: at(2, 8), atStart: true })).toBe(at(2, 8));
    expect(nextDailyBackupAt({ dailyAt: null, lastDailyAt: at(1, 20), now: at(2, 8), atStart: false })).toBe(at(2, 20));
    expect(nextDailyBackupAt({ dailyAt: null, lastDailyAt: at(2, 7), now: at(2, 8), atStart: true })).toBe(at(3, 7));
  });

  it('a set time: the next one after the last daily backup; one missed while closed is caught up once', () => {
    expect(nextDailyBackupAt({ dailyAt: '16:00', lastDailyAt: at(1, 8), now: at(1, 9), atStart: true })).toBe(
      at(1, 16),
    );
    expect(nextDailyBackupAt({ dailyAt: '16:00', lastDailyAt: at(1, 16), now: at(1, 17), atStart: false })).toBe(
      at(2, 16),
    );
    // Closed from the 1st to the 4th: due at once (a time in the past), and after that 16.00 again.
    expect(nextDailyBackupAt({ dailyAt: '16:00', lastDailyAt: at(1, 16), now: at(4, 9), atStart: true })).toBeLessThan(
      at(4, 9),
    );
    expect(nextDailyBackupAt({ dailyAt: '16:00', lastDailyAt: at(4, 9), now: at(4, 9), atStart: false })).toBe(
      at(4, 16),
    );
    expect(nextDailyBackupAt({ dailyAt: '16:00', lastDailyAt: null, now: at(1, 9), atStart: true })).toBe(at(1, 16));
    expect(nextDailyBackupAt({ dailyAt: '16:00', lastDailyAt: null, now: at(1, 17), atStart: true })).toBe(at(1, 16));
  });
});
