import { isRecord, type JsonFileStore } from './jsonFileStore';
import type { ReminderCounts, ReminderNotifier } from '../services/followUp/reminders';

export type { ReminderCounts, ReminderNotifier };
export type ReminderNotice = Readonly<{ title: string; body: string }>;
export type ReminderState = Readonly<{ lastNotifiedOn: string | null }>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseReminderState(raw: unknown): ReminderState | null {
  if (!isRecord(raw)) return null;
  const last = raw['lastNotifiedOn'];
  return { lastNotifiedOn: typeof last === 'string' && ISO_DATE.test(last) ? last : null };
}

/** Once a day: `today` is the instansi's calendar date ('YYYY-MM-DD' in its zone), not UTC. */
export function shouldNotifyToday(lastNotifiedOn: string | null, today: string): boolean {
  return lastNotifiedOn === null || lastNotifiedOn < today;
}

/** The Indonesian text of the notification; null when nothing is due. */
export function reminderNotice(counts: ReminderCounts): ReminderNotice | null {
  const parts: string[] = [];
  if (counts.overdue > 0) parts.push(`${counts.overdue} tindak lanjut terlambat`);
  if (counts.dueSoon > 0) parts.push(`${counts.dueSoon} jatuh tempo dalam ${counts.withinDays} hari`);
  if (parts.length === 0) return null;
  return { title: 'Pengingat Tindak Lanjut', body: `${parts.join(', ')}. Klik untuk membuka Tindak Lanjut.` };
}

/**
 * The once-a-day decision, kept apart from Electron's Notification (passed in
 * as `show`, which returns false where the system has no notifications).
 */
export function createReminderNotifier(
  store: JsonFileStore<ReminderState>,
  show: (notice: ReminderNotice) => boolean,
): ReminderNotifier {
  return {
    notifyIfDue: (counts, today) => {
      if (!ISO_DATE.test(today)) throw new Error(`today must be YYYY-MM-DD, got ${today}`);
      const notice = reminderNotice(counts);
      if (notice === null || !shouldNotifyToday(store.read().lastNotifiedOn, today)) return false;
      if (!show(notice)) return false;
      store.write({ lastNotifiedOn: today });
      return true;
    },
  };
}
