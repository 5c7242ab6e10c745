import type { Db } from '../db/connection';
import { DEFAULT_REMINDER_DAYS, MAX_REMINDER_DAYS } from '../../../shared/domain/followUp';
import type { ReminderSettings } from '../../../shared/domain/followUpViews';
import { recordAudit } from './auditRepository';
import type { WriteContext } from './writeContext';

/* Follow-up keeps its own settings keys, beside the instansi profile of settingsRepository. */
const REMINDERS_KEY = 'followup.reminders';
const INBOX_KEY = 'followup.inbox';

function read(db: Db, key: string): Record<string, unknown> | null {
  const row = db.prepare('SELECT value_json FROM settings WHERE key = ?').get(key) as
    { value_json: string } | undefined;
  if (!row) return null;
  try {
    const value = JSON.parse(row.value_json) as unknown;
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function write(db: Db, key: string, value: unknown, now: number): void {
  db.prepare(
    `INSERT INTO settings (key, value_json, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at`,
  ).run(key, JSON.stringify(value), now);
}

export function getReminderSettings(db: Db): ReminderSettings {
  const days = read(db, REMINDERS_KEY)?.['daysBefore'];
  const valid = typeof days === 'number' && Number.isInteger(days) && days >= 0 && days <= MAX_REMINDER_DAYS;
  return { daysBefore: valid ? days : DEFAULT_REMINDER_DAYS };
}

export function updateReminderSettings(db: Db, input: ReminderSettings, ctx: WriteContext): ReminderSettings {
  return db.transaction(() => {
    const before = getReminderSettings(db);
    write(db, REMINDERS_KEY, { daysBefore: input.daysBefore }, ctx.now);
    const after = getReminderSettings(db);
    recordAudit(db, {
      at: ctx.now,
      actor: ctx.actor,
      entity: 'settings',
      entityId: REMINDERS_KEY,
      meetingId: null,
      operation: 'update',
      before,
      after,
    });
    return after;
  })();
}

/** The instansi date she last opened the reminder inbox, null when never. */
export function inboxSeenOn(db: Db): string | null {
  const seen = read(db, INBOX_KEY)?.['seenOn'];
  return typeof seen === 'string' ? seen : null;
}

/** Not audited: reading her reminders changes no record anyone relies on. */
export function markInboxSeen(db: Db, today: string, now: number): void {
  write(db, INBOX_KEY, { seenOn: today }, now);
}
