import type Database from 'better-sqlite3';
import { BACKUP_KEEP_DEFAULT, BACKUP_KEEP_MAX, BACKUP_KEEP_MIN } from '../../../shared/domain/backup';

/*
 * Read here, below the repositories, because the copy made before a migration (snapshot.ts)
 * prunes old backups by it while the database is being opened; the repository that
 * changes it re-exports it.
 */
export const BACKUP_KEEP_KEY = 'backup.keep';

/** How many backups to keep; a missing or out-of-range value falls back to the default. */
export function getBackupKeep(db: Database.Database): number {
  const row = db.prepare('SELECT value_json FROM settings WHERE key = ?').get(BACKUP_KEEP_KEY) as
    { value_json: string } | undefined;
  if (!row) return BACKUP_KEEP_DEFAULT;
  const value = Number(JSON.parse(row.value_json));
  return Number.isInteger(value) && value >= BACKUP_KEEP_MIN && value <= BACKUP_KEEP_MAX ? value : BACKUP_KEEP_DEFAULT;
}
