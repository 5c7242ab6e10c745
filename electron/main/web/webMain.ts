import { join } from 'node:path';
import { createHandlerContext } from '../appContext';
import { startAppData } from '../services/appDataStartup';
import { createBackupSchedule } from '../services/backupScheduler';
import { createSearchMaintenance } from '../services/searchMaintenance';
import { createLogger } from '../log';
import { startWebServer } from './server';
import { createWebFileGateway } from '../files/webFileGateway';
import { parseWebArgs } from './webArgs';
import { startOnRememberedPort } from './rememberedPort';
import { startSync } from '../app/syncStartup';

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
  const { store: data, dailyBackup } = startAppData(dataFile, log);
  const files = createWebFileGateway();
  // Daily backups while it stays open, and one after each approval; planned once the start-up one is done.
  const backupSchedule = createBackupSchedule(data, log);
  // The search index is merged while she is idle, after the day's first backup has copied the file.
  const searchMaintenance = createSearchMaintenance(data, log);
  void dailyBackup.then(() => {
    backupSchedule.start();
    searchMaintenance.start();
  });
  // Risalah Server (issue 20): every minute while she is linked; off the path of her saves.
  const sync = startSync(data, dataFile, log);
  const ctx = createHandlerContext(data, 'web', dataFile, files, { backupSchedule, sync });
  const staticRoot = join(__dirname, '../renderer');
  // Same port and token as last time for this folder: a restart keeps her tab and its journal.
  const { running } = await startOnRememberedPort(
    args,
    (port, token) => startWebServer({ ctx, log, token, downloads: files, port, staticRoot }),
    (line) => process.stdout.write(`${line}\n`),
  );

  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    backupSchedule.stop();
    searchMaintenance.stop();
    sync.stop();
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
  process.stdout.write('Hentikan dengan Ctrl+C; perintah yang sama memulainya lagi di alamat yang sama.\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`Risalah web gagal dimulai: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
