import Database from 'better-sqlite3';
import { applyPragmas } from '../../../electron/main/db/connection';
import { migrate } from '../../../electron/main/db/migrate';
import { MIGRATIONS } from '../../../electron/main/db/migrations';

/** An empty in-memory database with the app's pragmas: a migration test walks it up version by version. */
export function openMemoryDb(): Database.Database {
  const db = new Database(':memory:');
  applyPragmas(db);
  return db;
}

/** The shipped migrations up to `version` (all of them when omitted). */
export function migrateTo(db: Database.Database, version?: number): void {
  migrate(db, {}, MIGRATIONS, version);
}
