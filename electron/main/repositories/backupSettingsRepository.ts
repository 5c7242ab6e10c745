import type { Db } from '../db/connection';
import { BACKUP_DAILY_AT_PATTERN } from '../../../shared/domain/backup';
import { BACKUP_KEEP_KEY as KEEP_KEY, getBackupKeep } from '../db/backupKeep';
import { auditSetting, readSettingJson, upsertSetting } from './settingsStore';
import type { WriteContext } from './writeContext';

export { getBackupKeep };

/** One backup setting written with its audit line, in one transaction. */
function writeSetting<T>(db: Db, key: string, field: string, before: T, value: T, ctx: WriteContext): T {
  return db.transaction(() => {
    upsertSetting(db, key, value, ctx.now);
    auditSetting(db, key, ctx, { [field]: before }, { [field]: value });
    return value;
  })();
}

export function setBackupKeep(db: Db, keep: number, ctx: WriteContext): number {
  return writeSetting(db, KEEP_KEY, 'keep', getBackupKeep(db), keep, ctx);
}

const DAILY_AT_KEY = 'backup.dailyAt';

/** The daily backup's time 'HH:mm', or null for the default (first start of the day, then every 24 hours). */
export function getBackupDailyAt(db: Db): string | null {
  const value = readSettingJson(db, DAILY_AT_KEY);
  return typeof value === 'string' && BACKUP_DAILY_AT_PATTERN.test(value) ? value : null;
}

export function setBackupDailyAt(db: Db, dailyAt: string | null, ctx: WriteContext): string | null {
  return writeSetting(db, DAILY_AT_KEY, 'dailyAt', getBackupDailyAt(db), dailyAt, ctx);
}
