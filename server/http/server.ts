import { createServer, type Server } from 'node:http';
import type { Pool } from '../db/pool';
import { migrate } from '../db/migrate';
import { sweepExpired } from '../store/sessionsStore';
import { IDLE_MS } from '../auth/sessions';
import { createApp } from './app';
import type { Log } from './router';

export type StartOptions = Readonly<{
  pool: Pool;
  port: number;
  host: string;
  portalDir: string;
  log: Log;
  trustProxy?: boolean;
  now?: () => Date;
}>;

export type RunningServer = Readonly<{ server: Server; port: number; schema: number; close: () => Promise<void> }>;

/** Migrates (refusing a newer schema), then listens; close() stops listening and the sweep. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const schema = await migrate(options.pool);
  const app = createApp({
    pool: options.pool,
    log: options.log,
    now: options.now ?? (() => new Date()),
    trustProxy: options.trustProxy ?? false,
    schema,
    portalDir: options.portalDir,
  });
  const server = createServer({ requestTimeout: 120_000 }, app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const sweep = setInterval(() => void sweepExpired(options.pool, IDLE_MS).catch(() => undefined), 60 * 60 * 1000);
  sweep.unref();
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  return {
    server,
    port,
    schema,
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(sweep);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
