import type Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { getBackupKeep } from './backupKeep';
import { freeBackupName, pruneBackupFiles } from './backupFiles';

/**
 * A consistent copy of the whole database (WAL included) written with
 * VACUUM INTO, so the copy is valid even while the file is open. Used where
 * opening must stay synchronous (before migrations); the asynchronous online
 * backup API makes every other copy (backupFiles.writeBackup).
 */
export function snapshotTo(db: Database.Database, target: string): void {
  db.prepare('VACUUM INTO ?').run(target);
}

/**
 * The copy kept before migrations change an existing file, named and pruned
 * like every other backup (`risalah-2026-11-27-0930-sebelum-migrasi-v2.db`).
 */
export function copyBeforeUpgrade(
  db: Database.Database,
  backupDir: string,
  fromVersion: number,
  now = Date.now(),
): string {
  mkdirSync(backupDir, { recursive: true });
  const name = freeBackupName(backupDir, now, { reason: 'sebelum-migrasi', fromVersion });
  snapshotTo(db, join(backupDir, name));
  pruneBackupFiles(backupDir, getBackupKeep(db));
  return join(backupDir, name);
}
