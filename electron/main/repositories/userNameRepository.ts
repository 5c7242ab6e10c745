import type { Db } from '../db/connection';
import { recordAudit } from './auditRepository';
import type { WriteContext } from './writeContext';

const USER_NAME_KEY = 'user.name';

/** The saved "Nama pengguna", '' when none was saved (the shell then uses the OS user). */
export function savedUserName(db: Db): string {
  const row = db.prepare('SELECT value_json FROM settings WHERE key = ?').get(USER_NAME_KEY) as
    { value_json: string } | undefined;
  if (!row) return '';
  try {
    const value = JSON.parse(row.value_json) as unknown;
    return typeof value === 'string' ? value : '';
  } catch {
    return '';
  }
}

export function saveUserName(db: Db, name: string, ctx: WriteContext): string {
  return db.transaction(() => {
    const before = savedUserName(db);
    db.prepare(
      `INSERT INTO settings (key, value_json, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at`,
    ).run(USER_NAME_KEY, JSON.stringify(name), ctx.now);
    recordAudit(db, {
      at: ctx.now,
      actor: ctx.actor,
      entity: 'settings',
      entityId: USER_NAME_KEY,
      meetingId: null,
      operation: 'update',
      before,
      after: name,
    });
    return name;
  })();
}
