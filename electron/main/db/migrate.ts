import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/ipc/result';
import { MIGRATIONS, type Migration } from './migrations';

export type MigrationOutcome = Readonly<{ from: number; to: number }>;

type MigrateHooks = Readonly<{
  /** Runs only when migrations are pending, before the transaction (e.g. a backup copy). */
  beforeUpgrade?: (from: number, to: number) => void;
  /** Runs once the file is known to be ours and not from a newer app. */
  afterVersionCheck?: () => void;
}>;

/** Refused: the file was written by a newer Risalah, whose schema we must not touch. */
export class DbFromNewerAppError extends AppError {
  constructor(
    readonly fileVersion: number,
    readonly knownVersion: number,
  ) {
    super(
      'CONFLICT',
      `Berkas data dibuat oleh versi Risalah yang lebih baru (skema ${fileVersion}, aplikasi ini mengenal sampai ${knownVersion}). Perbarui aplikasi; berkas tidak diubah.`,
    );
    this.name = 'DbFromNewerAppError';
  }
}

export function latestVersion(migrations: ReadonlyArray<Migration> = MIGRATIONS): number {
  return migrations.at(-1)?.version ?? 0;
}

function assertAscending(migrations: ReadonlyArray<Migration>): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration ${migration.name} has version ${migration.version}, expected ${index + 1}`);
    }
  });
}

/**
 * Applies every pending migration in one transaction and records the new
 * `user_version`; a failure leaves the old schema as it was.
 * `target` exists for migration tests that seed data at an older version.
 */
export function migrate(
  db: Database.Database,
  hooks: MigrateHooks = {},
  migrations: ReadonlyArray<Migration> = MIGRATIONS,
  target: number = latestVersion(migrations),
): MigrationOutcome {
  assertAscending(migrations);
  const known = latestVersion(migrations);
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > known) throw new DbFromNewerAppError(current, known);
  hooks.afterVersionCheck?.();
  if (current >= target) return { from: current, to: current };

  hooks.beforeUpgrade?.(current, target);
  const pending = migrations.filter((m) => m.version > current && m.version <= target);
  db.transaction(() => {
    for (const migration of pending) migration.up(db);
    db.pragma(`user_version = ${target}`);
  })();
  db.pragma('optimize');
  return { from: current, to: target };
}
