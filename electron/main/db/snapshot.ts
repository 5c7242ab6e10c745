import type Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A consistent copy of the whole database (WAL included) written with
 * VACUUM INTO, so the copy is valid even while the file is open.
 */
export function snapshotTo(db: Database.Database, target: string): void {
  db.prepare('VACUUM INTO ?').run(target);
}

/** The copy kept before migrations change an existing file. */
export function copyBeforeUpgrade(db: Database.Database, backupDir: string, fromVersion: number): string {
  mkdirSync(backupDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = join(backupDir, `risalah-sebelum-migrasi-v${fromVersion}-${stamp}.db`);
  snapshotTo(db, target);
  return target;
}
