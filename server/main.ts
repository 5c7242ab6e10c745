import { join } from 'node:path';
import { CliError, parseCli } from './cli';
import { createAdmin, readAdminPassword } from './createAdmin';
import { migrate, NewerSchemaError } from './db/migrate';
import { openPool } from './db/pool';
import { startServer } from './http/server';

/** One JSON line per request on stdout: never a body, a password or a token. */
const log = (entry: Record<string, unknown>): void => {
  process.stdout.write(`${JSON.stringify(entry)}\n`);
};

async function main(): Promise<void> {
  const options = parseCli(process.argv.slice(2));
  const pool = openPool(options.database);
  try {
    if (options.createAdmin !== null) {
      await migrate(pool);
      const password = await readAdminPassword();
      await createAdmin(pool, options.createAdmin, password);
      console.log(`Risalah Server: akun admin "${options.createAdmin.toLowerCase()}" dibuat.`);
      await pool.end();
      return;
    }
    const running = await startServer({
      pool,
      port: options.port,
      host: options.host,
      portalDir: options.portalDir ?? join(import.meta.dirname, '..', 'out', 'portal'),
      log,
      trustProxy: options.trustProxy,
    });
    console.log(`Risalah Server: http://${options.host}:${running.port}/ (skema ${running.schema})`);
    const stop = (): void => {
      void running
        .close()
        .then(() => pool.end())
        .then(() => process.exit(0));
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
}

main().catch((error: unknown) => {
  if (error instanceof CliError || error instanceof NewerSchemaError) console.error(`Risalah Server: ${error.message}`);
  else if (
    error instanceof Error &&
    'code' in error &&
    typeof error.code === 'string' &&
    /^(ECONNREFUSED|28P01|3D000|ENOTFOUND)$/.test(error.code)
  ) {
    console.error(`Risalah Server: tidak dapat terhubung ke PostgreSQL (${error.code}): ${error.message}`);
  } else console.error('Risalah Server: gagal mulai.', error instanceof Error ? error.message : error);
  process.exit(1);
});
