import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inTransaction, type Pool } from './pool';

export type ServerMigration = Readonly<{ version: number; name: string; sql: string }>;

/** Where the numbered SQL files live: server/migrations, next to this folder. */
export const MIGRATIONS_DIR = join(import.meta.dirname, '..', 'migrations');

/** `NNNN-what.sql`, in order; versions must run 1, 2, 3… so a gap or a duplicate fails at start. */
export function loadMigrations(dir = MIGRATIONS_DIR): ServerMigration[] {
  const migrations = readdirSync(dir)
    .filter((name) => /^\d{4}-[\w-]+\.sql$/.test(name))
    .sort()
    .map((name) => ({ version: Number(name.slice(0, 4)), name, sql: readFileSync(join(dir, name), 'utf8') }));
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1)
      throw new Error(`Migrasi ${migration.name} bernomor salah: ${index + 1} diharapkan.`);
  });
  return migrations;
}

/** The database was migrated by a newer Risalah Server: this code must not touch it. */
export class NewerSchemaError extends Error {
  constructor(
    readonly databaseVersion: number,
    readonly knownVersion: number,
  ) {
    super(
      `Basis data memakai skema ${databaseVersion}, sedangkan Risalah Server ini hanya mengenal sampai skema ${knownVersion}. ` +
        'Perbarui Risalah Server; basis data tidak diubah.',
    );
    this.name = 'NewerSchemaError';
  }
}

// Two servers started together on one database must not both migrate it.
const MIGRATION_LOCK = 0x5253_4c48; // "RSLH"

/** Brings the schema up to date in one transaction; returns the version it ends at. */
export async function migrate(
  pool: Pool,
  migrations: ReadonlyArray<ServerMigration> = loadMigrations(),
): Promise<number> {
  const known = migrations.at(-1)?.version ?? 0;
  return inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const { rows } = await client.query<{ version: number | null }>(
      'SELECT max(version) AS version FROM schema_version',
    );
    const current = rows[0]?.version ?? 0;
    if (current > known) throw new NewerSchemaError(current, known);
    for (const migration of migrations.filter((m) => m.version > current)) {
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_version (version) VALUES ($1)', [migration.version]);
    }
    return Math.max(current, known);
  });
}

export async function schemaVersion(pool: Pool): Promise<number> {
  const { rows } = await pool.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_version');
  return rows[0]?.version ?? 0;
}
