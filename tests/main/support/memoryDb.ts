import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect } from 'vitest';
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

/** A fresh openMemoryDb for each test of the file (closed after it): `const memory = useMemoryDb()`, then `memory.db`. */
export function useMemoryDb(): { readonly db: Database.Database } {
  let db: Database.Database | undefined;
  beforeEach(() => {
    db = openMemoryDb();
  });
  afterEach(() => db?.close());
  return {
    get db() {
      if (!db) throw new Error('the database opens in beforeEach: read it inside a test');
      return db;
    },
  };
}

/**
 * Runs migration `version` over rows of the version before: walks `db` to `version - 1`, lets
 * `seed` write what a data file of that time held, runs the one migration, and checks the file
 * now says `version`. The test then asserts what became of the rows.
 */
export function migrateAcross(db: Database.Database, version: number, seed: () => void): void {
  migrateTo(db, version - 1);
  seed();
  migrateTo(db, version);
  expect(db.pragma('user_version', { simple: true })).toBe(version);
}

/** A meeting 'm1' as every schema since 0001 takes it: the parent most migration tests' rows need. */
export const MEETING_M1 = `INSERT INTO meetings (id, title, date, created_at, updated_at) VALUES ('m1', 'Rakor', '2026-11-27', 1, 1);`;

/**
 * migrateAcross with rows written as SQL: `rowsSql` under the schema before `version`, then
 * what `select` reads after it, for the test to compare with what the migration must keep.
 */
export function rowsAcross(db: Database.Database, version: number, rowsSql: string, select: string): unknown[] {
  migrateAcross(db, version, () => db.exec(rowsSql));
  return db.prepare(select).all();
}
