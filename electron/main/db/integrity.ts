import Database from 'better-sqlite3';
import { followUpCounterDrift } from './followUpCounters';

export type FileCheck =
  /** counterDrift: asked for at start-up only (see followUpCounters.ts); null before migration 0015. */
  | Readonly<{ ok: true; schemaVersion: number; counterDrift?: number | null }>
  | Readonly<{ ok: false; problem: 'corrupt' | 'newer' | 'foreign'; detail: string; schemaVersion?: number }>;

type CheckOptions = Readonly<{
  /** The newest schema this app knows; a file above it came from a newer Risalah. */
  knownVersion: number;
  /** Also require Risalah's tables (for backups and archives, which may be any file). */
  requireRisalah?: boolean;
  nativeBinding?: string;
  /** Also compare the follow-up counters with their plain definition (the app's own file at start-up). */
  compareCounters?: boolean;
}>;

/**
 * Opens the file read-only and asks SQLite's `quick_check` whether its pages
 * are sound. Read-only, so a damaged file is never written to while we look.
 */
export function checkDatabaseFile(file: string, options: CheckOptions): FileCheck {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, {
      readonly: true,
      fileMustExist: true,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
    const rows = db.pragma('quick_check(5)') as Array<{ quick_check: string }>;
    const findings = rows.map((row) => row.quick_check);
    if (findings.length !== 1 || findings[0] !== 'ok')
      return { ok: false, problem: 'corrupt', detail: findings.join('; ') };
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    if (schemaVersion > options.knownVersion) {
      return {
        ok: false,
        problem: 'newer',
        schemaVersion,
        detail: `skema ${schemaVersion}, aplikasi ini mengenal sampai ${options.knownVersion}`,
      };
    }
    if (options.requireRisalah) {
      const found = db
        .prepare(
          "SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table' AND name IN ('meetings', 'settings', 'audit_log')",
        )
        .get() as { n: number };
      if (found.n !== 3 || schemaVersion === 0)
        return { ok: false, problem: 'foreign', schemaVersion, detail: 'bukan berkas data Risalah' };
    }
    if (options.compareCounters) return { ok: true, schemaVersion, counterDrift: followUpCounterDrift(db) };
    return { ok: true, schemaVersion };
  } catch (error) {
    // "file is not a database", "database disk image is malformed", a missing file…
    return { ok: false, problem: 'corrupt', detail: error instanceof Error ? error.message : String(error) };
  } finally {
    db?.close();
  }
}
