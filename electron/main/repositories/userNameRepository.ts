import type { Db } from '../db/connection';
import { auditSetting, readSettingJson, upsertSetting } from './settingsStore';
import type { WriteContext } from './writeContext';

const USER_NAME_KEY = 'user.name';

/** The saved "Nama pengguna", '' when none was saved (the shell then uses the OS user). */
export function savedUserName(db: Db): string {
  try {
    const value = readSettingJson(db, USER_NAME_KEY);
    return typeof value === 'string' ? value : '';
  } catch {
    return '';
  }
}

export function saveUserName(db: Db, name: string, ctx: WriteContext): string {
  return db.transaction(() => {
    const before = savedUserName(db);
    upsertSetting(db, USER_NAME_KEY, name, ctx.now);
    auditSetting(db, USER_NAME_KEY, ctx, before, name);
    return name;
  })();
}
