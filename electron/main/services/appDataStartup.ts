import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BackupInfo } from '../../../shared/domain/backup';
import { checkInWorker, type FileChecker } from '../db/backgroundCheck';
import { openDatabase, openReadOnlyAt, type Db, type OpenOptions } from '../db/connection';
import { AppDataStore } from '../db/dataStore';
import { rebuildFollowUpCounters } from '../db/followUpCounters';
import { checkDatabaseFile, type FileCheck } from '../db/integrity';
import { latestVersion } from '../db/migrate';
import type { Logger } from '../log';
import { settleUnfinishedImport } from '../repositories/masterImportPublish';
import { prepareLike } from '../repositories/statementCache';
import { clearArchiveLeftovers } from './archiveService';
import { dailyBackupIfDue } from './backupService';

export type StartedAppData = Readonly<{
  store: AppDataStore;
  /** The day's first backup, running in the background (null when not due or not possible). */
  dailyBackup: Promise<BackupInfo | null>;
}>;

type StartOptions = OpenOptions & { now?: () => number; checker?: FileChecker };

/**
 * How both shells open the data file. An existing file must pass SQLite's quick_check
 * before anything is written to it; a damaged one is never opened for writing and the app
 * starts in recovery, offering the newest sound backup.
 *
 * The check reads every page (seconds for a ten-year archive), so when the file is already
 * at this app's schema it runs in a worker while a read-only connection serves her first
 * screens; writes wait for the verdict (AppDataStore.beginCheck). A file that needs a
 * migration, or that cannot be read at all, is checked first, as the migration writes.
 */
export function startAppData(file: string, log: Logger, options: StartOptions = {}): StartedAppData {
  const { now = Date.now, checker = checkInWorker, ...openOptions } = options;
  const nativeBinding = openOptions.nativeBinding;
  const openWritable = (replacing: Db | null = null) =>
    warmedLike(withoutImportLeftovers(openDatabase(file, openOptions).db, log), replacing, log);
  if (file !== ':memory:') clearArchiveLeftovers(dirname(file));
  const readOnly = existsSync(file) ? openReadOnlyAt(file, latestVersion(openOptions.migrations), nativeBinding) : null;
  if (readOnly) {
    const store = new AppDataStore(file, readOnly, { state: 'ok' }, openOptions);
    const verdict = checker(file, nativeBinding).then((result) => {
      if (!result.ok) log.error(`data file ${file} failed its integrity check: ${result.detail}`);
      return result;
    });
    const checked = store.beginCheck(verdict, openWritable);
    const repaired = Promise.all([verdict, checked]).then(([result]) => repairCounters(store, result, log));
    return { store, dailyBackup: repaired.then(() => backupWhenSound(store, now, log)) };
  }
  if (existsSync(file)) {
    const verdict = checkDatabaseFile(file, { knownVersion: Number.MAX_SAFE_INTEGER, nativeBinding });
    if (!verdict.ok) {
      log.error(`data file ${file} failed its integrity check: ${verdict.detail}`);
      const store = new AppDataStore(file, null, { state: 'recovery', detail: verdict.detail }, openOptions);
      return { store, dailyBackup: Promise.resolve(null) };
    }
  }
  const store = new AppDataStore(file, openWritable(), { state: 'ok' }, openOptions);
  return { store, dailyBackup: backupWhenSound(store, now, log) };
}

/**
 * A sliced import cut off by a crash or a kill leaves its rows hidden (masterImportStaging.ts).
 * They are dropped as the read-write connection opens, before any write is let through and
 * before the daily backup copies them; they were never visible, so nothing she saw changes.
 * One cut off after it was decided, while its rows were made live, is finished instead
 * (masterImportPublish.ts): she never keeps half a file.
 */
function withoutImportLeftovers(db: Db, log: Logger): Db {
  try {
    const settled = settleUnfinishedImport(db);
    if (settled === 'published') log.info('finished publishing an import cut off by the last shutdown');
  } catch (error) {
    // The data stays sound with them (hidden rows are never read); the next import retries.
    log.error('could not clear the rows of an unfinished import', error);
  }
  return db;
}

/**
 * After the start-up check the read-write connection takes the place of the read-only one that
 * served her first screens. A fresh connection would parse the schema and prepare each cached
 * statement again on its first use, so the screen she opens next paid for the swap; it gets the
 * read-only one's statements first (preparing writes nothing). A failure here only leaves it cold.
 */
function warmedLike(db: Db, replacing: Db | null, log: Logger): Db {
  if (!replacing) return db;
  try {
    prepareLike(db, replacing);
  } catch (error) {
    log.error('could not warm the read-write connection', error);
  }
  return db;
}

/**
 * The follow-up counters are kept by triggers; the worker compared them with their plain
 * definition beside quick_check. A drift (a bug, a file edited by hand) is logged and the
 * counters rebuilt, once the file is known sound, before the daily backup copies it.
 */
function repairCounters(store: AppDataStore, verdict: FileCheck, log: Logger): void {
  if (!verdict.ok || !verdict.counterDrift || store.health.state !== 'ok') return;
  log.error(`follow-up counters differed from the owners in ${verdict.counterDrift} rows; rebuilt`);
  try {
    rebuildFollowUpCounters(store.db);
  } catch (error) {
    log.error('rebuilding the follow-up counters failed', error);
  }
}

function backupWhenSound(store: AppDataStore, now: () => number, log: Logger): Promise<BackupInfo | null> {
  return dailyBackupIfDue(store, now()).catch((error: unknown) => {
    log.error('daily backup failed', error);
    return null;
  });
}
