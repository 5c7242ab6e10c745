import { existsSync } from 'node:fs';
import type { BackupInfo } from '../../../shared/domain/backup';
import { openDatabase, type OpenOptions } from '../db/connection';
import { AppDataStore } from '../db/dataStore';
import { checkDatabaseFile } from '../db/integrity';
import type { Logger } from '../log';
import { dailyBackupIfDue } from './backupService';

export type StartedAppData = Readonly<{
  store: AppDataStore;
  /** The day's first backup, running in the background (null when not due or not possible). */
  dailyBackup: Promise<BackupInfo | null>;
}>;

/**
 * How both shells open the data file. An existing file must first pass
 * SQLite's quick_check (read-only); a damaged one is not opened for writing at
 * all and the app starts in recovery, offering the newest sound backup. A file
 * from a newer app is still refused by openDatabase before anything is written.
 */
export function startAppData(file: string, log: Logger, options: OpenOptions & { now?: () => number } = {}): StartedAppData {
  const { now = Date.now, ...openOptions } = options;
  if (existsSync(file)) {
    const verdict = checkDatabaseFile(file, { knownVersion: Number.MAX_SAFE_INTEGER, nativeBinding: openOptions.nativeBinding });
    if (!verdict.ok) {
      log.error(`data file ${file} failed its integrity check: ${verdict.detail}`);
      const store = new AppDataStore(file, null, { state: 'recovery', detail: verdict.detail }, openOptions);
      return { store, dailyBackup: Promise.resolve(null) };
    }
  }
  const { db } = openDatabase(file, openOptions);
  const store = new AppDataStore(file, db, { state: 'ok' }, openOptions);
  const dailyBackup = dailyBackupIfDue(store, now()).catch((error: unknown) => {
    log.error('daily backup failed', error);
    return null;
  });
  return { store, dailyBackup };
}

