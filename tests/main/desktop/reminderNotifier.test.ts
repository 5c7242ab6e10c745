import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createJsonFileStore } from '../../../electron/main/desktop/jsonFileStore';
import {
  createReminderNotifier,
  parseReminderState,
  reminderNotice,
  shouldNotifyToday,
  type ReminderNotice,
  type ReminderState,
} from '../../../electron/main/desktop/reminderNotifier';

function setup(supported = true) {
  const file = join(mkdtempSync(join(tmpdir(), 'risalah-remind-')), 'pengingat.json');
  const store = createJsonFileStore<ReminderState>(file, parseReminderState, () => ({ lastNotifiedOn: null }));
  const shown: ReminderNotice[] = [];
  const notifier = createReminderNotifier(store, (n) => {
    if (!supported) return false;
    shown.push(n);
    return true;
  });
  return { file, shown, notifier };
}

describe('reminder notifications', () => {
  it('decides once a day by the calendar date', () => {
    expect(shouldNotifyToday(null, '2026-11-27')).toBe(true);
    expect(shouldNotifyToday('2026-11-26', '2026-11-27')).toBe(true);
    expect(shouldNotifyToday('2026-11-27', '2026-11-27')).toBe(false);
    expect(shouldNotifyToday('2026-12-31', '2027-01-01')).toBe(true);
  });

  it('words the notice in Indonesian, and has none when nothing is due', () => {
    expect(reminderNotice({ overdue: 3, dueSoon: 5, withinDays: 7 })).toEqual({
      title: 'Pengingat Tindak Lanjut',
      body: '3 tindak lanjut terlambat, 5 jatuh tempo dalam 7 hari. Klik untuk membuka Tindak Lanjut.',
    });
    expect(reminderNotice({ overdue: 0, dueSoon: 2, withinDays: 3 })?.body).toBe(
      '2 jatuh tempo dalam 3 hari. Klik untuk membuka Tindak Lanjut.',
    );
    expect(reminderNotice({ overdue: 0, dueSoon: 0, withinDays: 7 })).toBeNull();
  });

  it('shows one notification per day, remembered across restarts', () => {
    const { file, shown, notifier } = setup();
    const counts = { overdue: 1, dueSoon: 0, withinDays: 7 };
    expect(notifier.notifyIfDue(counts, '2026-11-27')).toBe(true);
    expect(notifier.notifyIfDue(counts, '2026-11-27')).toBe(false);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ lastNotifiedOn: '2026-11-27' });
    const again = createReminderNotifier(
      createJsonFileStore<ReminderState>(file, parseReminderState, () => ({ lastNotifiedOn: null })),
      (n) => {
        shown.push(n);
        return true;
      },
    );
    expect(again.notifyIfDue(counts, '2026-11-27')).toBe(false);
    expect(again.notifyIfDue(counts, '2026-11-28')).toBe(true);
    expect(shown).toHaveLength(2);
  });

  it('does not count a day as done when nothing was due or the system has no notifications', () => {
    const quiet = setup();
    expect(quiet.notifier.notifyIfDue({ overdue: 0, dueSoon: 0, withinDays: 7 }, '2026-11-27')).toBe(false);
    expect(quiet.notifier.notifyIfDue({ overdue: 2, dueSoon: 0, withinDays: 7 }, '2026-11-27')).toBe(true);
    const unsupported = setup(false);
    expect(unsupported.notifier.notifyIfDue({ overdue: 2, dueSoon: 0, withinDays: 7 }, '2026-11-27')).toBe(false);
    expect(() => readFileSync(unsupported.file)).toThrow();
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => setup().notifier.notifyIfDue({ overdue: 1, dueSoon: 0, withinDays: 7 }, '27/11/2026')).toThrow(
      /YYYY-MM-DD/,
    );
  });

  it('reads a damaged state as never notified', () => {
    expect(parseReminderState({ lastNotifiedOn: 'kemarin' })).toEqual({ lastNotifiedOn: null });
    expect(parseReminderState('x')).toBeNull();
  });
});
