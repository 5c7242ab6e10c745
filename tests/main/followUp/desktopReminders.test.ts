import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createReminderNotifier,
  type ReminderNotice,
  type ReminderState,
} from '../../../electron/main/desktop/reminderNotifier';
import { startDesktopReminders } from '../../../electron/main/services/followUp/reminders';
import { openTempDb, type TempDb } from '../support/tempDb';
import { seedCommitment, seedMeeting, seedUnit, setInstansiZone } from '../support/followUpSeed';

let temp: TempDb;
beforeEach(() => {
  temp = openTempDb();
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  temp.dispose();
});

describe('services/followUp/reminders: the desktop notification once a day', () => {
  it('notifies at start and not again the same instansi day, then again the next day', () => {
    setInstansiZone(temp.db, 'Asia/Jayapura');
    const unit = seedUnit(temp.db, 'Dinas PUPR');
    const meeting = seedMeeting(temp.db, '2026-10-01');
    seedCommitment(temp.db, meeting, 'Jalan', '2026-11-01', [[unit, 'BELUM']]);
    seedCommitment(temp.db, meeting, 'Jembatan', '2026-11-30', [[unit, 'PROSES']]);
    let state: ReminderState = { lastNotifiedOn: null };
    const shown: ReminderNotice[] = [];
    const notifier = createReminderNotifier(
      { read: () => state, write: (next) => (state = next) },
      (notice) => shown.push(notice) > 0,
    );
    let now = Date.parse('2026-11-28T03:00:00Z');
    const stop = startDesktopReminders({ db: () => temp.db, notifier, now: () => now, everyMs: 1000 });
    expect(shown).toEqual([
      {
        title: 'Pengingat Tindak Lanjut',
        body: '1 tindak lanjut terlambat, 1 jatuh tempo dalam 7 hari. Klik untuk membuka Tindak Lanjut.',
      },
    ]);
    vi.advanceTimersByTime(5000);
    expect(shown).toHaveLength(1);
    // 15:00 UTC is already the next day in WIT.
    now = Date.parse('2026-11-28T15:00:00Z');
    vi.advanceTimersByTime(1000);
    expect(shown).toHaveLength(2);
    expect(state.lastNotifiedOn).toBe('2026-11-29');
    stop();
  });

  it('keeps running when a check fails (data being restored)', () => {
    const errors: unknown[] = [];
    const notifier = { notifyIfDue: vi.fn(() => true) };
    const stop = startDesktopReminders({
      db: () => {
        throw new Error('closed');
      },
      notifier,
      everyMs: 1000,
      onError: (error) => errors.push(error),
    });
    vi.advanceTimersByTime(2000);
    expect(errors).toHaveLength(3);
    expect(notifier.notifyIfDue).not.toHaveBeenCalled();
    stop();
  });
});
