import type { FollowUpDashboard, ReminderInbox, UnitFollowUpCounts } from '../../../../shared/domain/followUpViews';
import type { Db } from '../../db/connection';
import { getReminderSettings, inboxSeenOn, markInboxSeen } from '../../repositories/followUpSettingsRepository';
import { unitCounts } from '../../repositories/followUpDashboardRepository';
import { instansiToday } from './today';

/** What the follow-up reminders found today; the desktop shell turns it into a notification. */
export type ReminderCounts = Readonly<{ overdue: number; dueSoon: number; withinDays: number }>;

/** Implemented by the desktop shell (desktop/reminderNotifier.ts); services only see this shape. */
export type ReminderNotifier = Readonly<{
  /** Shows the day's notification if something is due and none was shown today; true when shown. */
  notifyIfDue: (counts: ReminderCounts, today: string) => boolean;
}>;

function totalsOf(units: ReadonlyArray<UnitFollowUpCounts>): FollowUpDashboard['totals'] {
  const sum = (key: 'open' | 'overdue' | 'dueSoon' | 'done' | 'cannot') =>
    units.reduce((total, unit) => total + unit[key], 0);
  return {
    open: sum('open'),
    overdue: sum('overdue'),
    dueSoon: sum('dueSoon'),
    done: sum('done'),
    cannot: sum('cannot'),
  };
}

/** Per-OPD counts for Beranda and the Tindak Lanjut cards, on the instansi's today. */
export function followUpDashboard(db: Db, now: number): FollowUpDashboard {
  const today = instansiToday(db, now);
  const reminderDays = getReminderSettings(db).daysBefore;
  const units = unitCounts(db, today, reminderDays);
  return { today, reminderDays, units, totals: totalsOf(units) };
}

/** The web shell's reminder inbox (and the bell of both shells). */
export function reminderInbox(db: Db, now: number): ReminderInbox {
  const dashboard = followUpDashboard(db, now);
  const units = dashboard.units.filter((unit) => unit.overdue > 0 || unit.dueSoon > 0);
  const pending = dashboard.totals.overdue + dashboard.totals.dueSoon > 0;
  return {
    today: dashboard.today,
    reminderDays: dashboard.reminderDays,
    overdue: dashboard.totals.overdue,
    dueSoon: dashboard.totals.dueSoon,
    units,
    unread: pending && inboxSeenOn(db) !== dashboard.today,
  };
}

export function markRemindersSeen(db: Db, now: number): ReminderInbox {
  markInboxSeen(db, instansiToday(db, now), now);
  return reminderInbox(db, now);
}

/** What the desktop notification says, counted like the inbox. */
export function reminderCounts(db: Db, now: number): { counts: ReminderCounts; today: string } {
  const dashboard = followUpDashboard(db, now);
  return {
    counts: {
      overdue: dashboard.totals.overdue,
      dueSoon: dashboard.totals.dueSoon,
      withinDays: dashboard.reminderDays,
    },
    today: dashboard.today,
  };
}

/**
 * Desktop reminders: checks at start and then every `everyMs` (hourly by default), and
 * lets the notifier decide whether today's notification was already shown. Returns the
 * function that stops the timer. A failed check (data being restored) waits for the next.
 */
export function startDesktopReminders(options: {
  db: () => Db;
  notifier: ReminderNotifier;
  now?: () => number;
  everyMs?: number;
  onError?: (error: unknown) => void;
}): () => void {
  const now = options.now ?? Date.now;
  const check = () => {
    try {
      const { counts, today } = reminderCounts(options.db(), now());
      options.notifier.notifyIfDue(counts, today);
    } catch (error) {
      options.onError?.(error);
    }
  };
  check();
  const timer = setInterval(check, options.everyMs ?? 60 * 60 * 1000);
  timer.unref?.();
  return () => clearInterval(timer);
}
