import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { loadMigrations, migrate, NewerSchemaError, schemaVersion } from '../../server/db/migrate';
import { openPool, type Pool } from '../../server/db/pool';
import { createTestDatabase, pgAvailable } from './support/pgTest';

const run = promisify(execFile);

describe.runIf(pgAvailable())('server migrations', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let pool: Pool;
  beforeAll(async () => {
    database = await createTestDatabase();
    pool = openPool(database.url, 2);
  });
  afterAll(async () => {
    await pool?.end();
    await database?.drop();
  });

  it('creates the schema once and records its version', async () => {
    const known = loadMigrations().at(-1)!.version;
    expect(await migrate(pool)).toBe(known);
    expect(await migrate(pool)).toBe(known);
    const versions = await pool.query('SELECT version FROM schema_version ORDER BY version');
    expect(versions.rows.map((row) => row.version)).toEqual(loadMigrations().map((m) => m.version));
    const indexes = await pool.query("SELECT indexdef FROM pg_indexes WHERE tablename = 'commitment_owners'");
    const defs = indexes.rows.map((row) => row.indexdef as string).join('\n');
    expect(defs).toContain('(unit_id, status)');
    expect(defs).toContain('(seq)');
  });

  it('rolls a failing migration back whole', async () => {
    const before = await schemaVersion(pool);
    const broken = [
      ...loadMigrations(),
      { version: before + 1, name: 'broken', sql: 'CREATE TABLE half (id int); SELECT no_such_function();' },
    ];
    await expect(migrate(pool, broken)).rejects.toThrow();
    expect(await schemaVersion(pool)).toBe(before);
    const half = await pool.query("SELECT to_regclass('half') AS t");
    expect(half.rows[0].t).toBeNull();
  });

  it('refuses a schema newer than the code, changing nothing', async () => {
    const known = await schemaVersion(pool);
    await pool.query('INSERT INTO schema_version (version) VALUES ($1)', [known + 1]);
    const error = await migrate(pool).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NewerSchemaError);
    expect((error as Error).message).toBe(
      `Basis data memakai skema ${known + 1}, sedangkan Risalah Server ini hanya mengenal sampai skema ${known}. ` +
        'Perbarui Risalah Server; basis data tidak diubah.',
    );
    // The command line says it in one line and exits non-zero, without starting.
    const started = await run('node', [
      '--import',
      'tsx',
      'server/main.ts',
      '--database',
      database.url,
      '--port',
      '0',
    ]).then(
      () => null,
      (failure: { code: number; stderr: string }) => failure,
    );
    expect(started?.code).toBe(1);
    expect(started?.stderr).toContain(`Basis data memakai skema ${known + 1}`);
    expect(await schemaVersion(pool)).toBe(known + 1);
  });
});
