import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { migrate, type MigrationOutcome } from './migrate';
import { MIGRATIONS, type Migration } from './migrations';
import { copyBeforeUpgrade } from './snapshot';

export type Db = Database.Database;

export type OpenOptions = Readonly<{
  /** A better_sqlite3.node built for the running runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string;
  /** Where the copy made before an upgrade goes; defaults to `<dir of file>/backups`. */
  backupDir?: string;
  /** Only migration tests pass their own list. */
  migrations?: ReadonlyArray<Migration>;
}>;

/**
 * What the WAL file is cut back to when it starts over after a checkpoint copied all of it. SQLite
 * reuses the file from its beginning but never shrinks it by itself: one long import left 2.2 GB of
 * WAL beside a 66 MB file (issue 17), which every reader then walked the index of.
 */
export const WAL_SIZE_LIMIT = 64 * 1024 * 1024;

/**
 * Page cache of every app connection, in KiB (negative cache_size = KiB, not pages). SQLite's
 * default is 2 MB, which a search on a ten-year archive walks out of between two of her queries:
 * rotating four searches at scale 1 and 10, the app's p50 went 0.73 -> 1.47 ms (2.0x) with the
 * default and 0.40 -> 0.66 ms (1.6x) with 64 MB (issue 17). It is memory taken only as pages are
 * read, per connection (main's, and one per worker reader).
 */
export const PAGE_CACHE_KIB = 64 * 1024;

/** Settings that change no file, so read-only connections take them too. */
function applyReadPragmas(db: Db): void {
  db.pragma('busy_timeout = 5000');
  db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
}

/** Pragmas every connection needs; set once per open, outside any transaction. */
export function applyPragmas(db: Db): void {
  applyReadPragmas(db);
  db.pragma('journal_mode = WAL');
  db.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT}`);
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
}

/**
 * Opens (creating if needed) the app's SQLite file and brings its schema up to
 * date. A database written by a newer app is refused before anything touches it.
 */
export function openDatabase(file: string, options: OpenOptions = {}): { db: Db; migration: MigrationOutcome } {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    // The version check runs first and read-only, so a newer file stays byte-identical.
    const migration = migrate(
      db,
      {
        beforeUpgrade: (from) => {
          // A brand-new file has nothing worth keeping; an existing one is copied first.
          if (file !== ':memory:' && from > 0) {
            copyBeforeUpgrade(db, options.backupDir ?? join(dirname(file), 'backups'), from);
          }
        },
        afterVersionCheck: () => applyPragmas(db),
      },
      options.migrations ?? MIGRATIONS,
    );
    return { db, migration };
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * A read-only connection to an existing file whose schema is `version`, or null (another
 * version, or a file SQLite cannot open: then the full check decides). It writes nothing, not
 * even a checkpoint when it closes, so a file not yet known to be sound stays as found
 * (services/appDataStartup.ts).
 */
export function openReadOnlyAt(file: string, version: number, nativeBinding?: string): Db | null {
  let db: Db | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    if (db.pragma('user_version', { simple: true }) !== version) {
      db.close();
      return null;
    }
    applyReadPragmas(db);
    return db;
  } catch {
    db?.close();
    return null;
  }
}

/**
 * A read-only connection for a worker thread's long reads (workers/readWorker.ts): WAL lets
 * it read what main committed while main keeps writing; it never writes, so it never
 * holds the write lock an autosave needs.
 */
export function openReader(file: string, nativeBinding?: string): Db {
  const db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  applyReadPragmas(db);
  return db;
}
