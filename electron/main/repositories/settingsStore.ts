import type { Db } from '../db/connection';
import { recordAudit } from './auditRepository';
import type { WriteContext } from './writeContext';

/*
 * The `settings` table is key -> JSON. The repositories that own a key (instansi, backups,
 * Nama pengguna) read and write it here and decide what a missing or unreadable value means.
 */

/** The stored value, undefined when the key was never saved; JSON.parse throws on a damaged value. */
export function readSettingJson(db: Db, key: string): unknown {
  const row = db.prepare('SELECT value_json FROM settings WHERE key = ?').get(key) as
    { value_json: string } | undefined;
  return row ? (JSON.parse(row.value_json) as unknown) : undefined;
}

/** Saves a key's value, replacing the old one. Callers audit it with auditSetting in the same transaction. */
export function upsertSetting(db: Db, key: string, value: unknown, now: number): void {
  db.prepare(
    `INSERT INTO settings (key, value_json, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at`,
  ).run(key, JSON.stringify(value), now);
}

/** The audit line of a settings change: the key is the entity id, no meeting. */
export function auditSetting(db: Db, key: string, ctx: WriteContext, before: unknown, after: unknown): void {
  recordAudit(db, {
    at: ctx.now,
    actor: ctx.actor,
    entity: 'settings',
    entityId: key,
    meetingId: null,
    operation: 'update',
    before,
    after,
  });
}
