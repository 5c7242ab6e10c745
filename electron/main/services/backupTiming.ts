/*
 * When the daily backup is due: pure arithmetic on the computer's local clock, shared by
 * the start-up check, the running schedule and the "next backup" line in Pengaturan, so
 * the three never disagree.
 *
 * - No time set (the default): at the first start of a day without a daily backup, then
 *   every 24 hours after the last one while the app stays open.
 * - 'HH:mm' set: at that time every day. A time missed while the app was closed is caught
 *   up at the next start (once, not once per missed day).
 */

const DAY_MS = 24 * 60 * 60 * 1000;

export type DailyTiming = Readonly<{
  /** 'HH:mm' or null (default). */
  dailyAt: string | null;
  /** When the newest daily backup was made, null when there is none. */
  lastDailyAt: number | null;
  now: number;
  /** True for the check at start, where the default rule is "first start of the day". */
  atStart: boolean;
}>;

function sameLocalDay(a: number, b: number): boolean {
  const x = new Date(a);
  const y = new Date(b);
  return x.getFullYear() === y.getFullYear() && x.getMonth() === y.getMonth() && x.getDate() === y.getDate();
}

function timeOnDayOf(hhmm: string, at: number, dayOffset = 0): number {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number);
  const day = new Date(at);
  return new Date(day.getFullYear(), day.getMonth(), day.getDate() + dayOffset, hours, minutes).getTime();
}

/** The first time of day `hhmm` strictly after `after` (local clock). */
export function nextTimeOfDay(hhmm: string, after: number): number {
  const sameDay = timeOnDayOf(hhmm, after);
  return sameDay > after ? sameDay : timeOnDayOf(hhmm, after, 1);
}

/** When the next daily backup is due; a value at or before `now` means "now". */
export function nextDailyBackupAt({ dailyAt, lastDailyAt, now, atStart }: DailyTiming): number {
  if (dailyAt === null) {
    if (lastDailyAt === null) return now;
    if (atStart && !sameLocalDay(lastDailyAt, now)) return now;
    return lastDailyAt + DAY_MS;
  }
  // None yet: today's time, which is "now" when it has already passed.
  if (lastDailyAt === null) return timeOnDayOf(dailyAt, now);
  return nextTimeOfDay(dailyAt, lastDailyAt);
}
