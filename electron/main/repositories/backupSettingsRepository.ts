import type { Db } from '../db/connection';
import { BACKUP_KEEP_KEY as KEEP_KEY, getBackupKeep } from '../db/backupKeep';
import { recordAudit } from './auditRepository';
import type { WriteContext } from './writeContext';

export { getBackupKeep };

export function setBackupKeep(db: Db, keep: number, ctx: WriteContext): number {
  return db.transaction(() => {
    const before = getBackupKeep(db);
    db.prepare(
      `INSERT INTO settings (key, value_json, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at`,
    ).run(KEEP_KEY, JSON.stringify(keep), ctx.now);
    recordAudit(db, {
      at: ctx.now,
      actor: ctx.actor,
      entity: 'settings',
      entityId: KEEP_KEY,
      meetingId: null,
      operation: 'update',
      before: { keep: before },
      after: { keep },
    });
    return keep;
  })();
}
