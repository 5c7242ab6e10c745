import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createHandlerContext } from '../appContext';
import { startAppData } from '../services/appDataStartup';
import { createLogger } from '../log';
import { startWebServer } from './server';
import { createWebFileGateway } from '../files/webFileGateway';
import { parseWebArgs } from './webArgs';

/**
 * Entry of `npm run web`: the same handler table as the desktop app, over
 * loopback HTTP, for machines where the desktop runtime cannot be installed
 * and for the end-to-end tests.
 */
async function main(): Promise<void> {
  const args = parseWebArgs(process.argv.slice(2), process.cwd());
  const log = createLogger(join(args.dataDir, 'logs', 'web.log'));
  const dataFile = join(args.dataDir, 'risalah.db');
  // Checks the file first; a damaged one opens in recovery (nothing written) instead of failing.
  const { store: data } = startAppData(dataFile, log);
  const files = createWebFileGateway();
  const ctx = createHandlerContext(data, 'web', dataFile, files);
  const token = randomBytes(24).toString('base64url');
  const running = await startWebServer({ ctx, log, token, downloads: files, port: args.port, staticRoot: join(__dirname, '../renderer') });

  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    running.server.close();
    running.server.closeAllConnections();
    // A search or import still running in a worker is ended, not waited for: it only reads.
    void ctx.workers?.close();
    data.close();
    process.exit(0);
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
  process.stdout.write(`Risalah: ${running.url}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`Risalah web gagal dimulai: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
