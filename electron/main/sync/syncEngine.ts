import type { Db } from '../db/connection';
import type { Logger } from '../log';
import { clearAccount, readSyncState, recordSyncResult, saveLink } from '../repositories/syncStateRepository';
import type { SyncControl } from '../services/serviceContext';
import { AppError } from '../../../shared/ipc/result';
import { createSyncClient, SyncHttpError, type Fetch } from './syncClient';
import { pullChanges } from './syncPull';
import { pushOutbox } from './syncPush';
import { syncStatusOf } from './syncStatus';
import type { TokenStore } from './tokenStore';

/*
 * The sync loop (issue 20). Offline-first: the server being down is a status line, never a
 * failure of her work; the outbox keeps every change until a push is answered. A run is
 * push (parents first) then pull; one at a time; every minute while configured, backing off
 * to 15 minutes while the server stays unreachable; "Sinkronkan sekarang" runs one at once.
 * The network runs between short write transactions, never inside one, so an autosave waits
 * at most for one page's apply.
 */

export type SyncTimers = Readonly<{
  setTimer: (run: () => void, ms: number) => unknown;
  clearTimer: (timer: unknown) => void;
}>;

const systemTimers: SyncTimers = {
  setTimer: (run, ms) => {
    const timer = setTimeout(run, ms);
    // A pending sync must not keep a shell (or a test) alive on its own.
    timer.unref();
    return timer;
  },
  clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

export const SYNC_INTERVAL_MS = 60_000;
const MAX_BACKOFF_MS = 15 * 60_000;

export type SyncEngineOptions = Readonly<{
  db: () => Db;
  dataFile: string;
  /** The data folder's id: the protocol's client_id. */
  clientId: string;
  tokens: TokenStore;
  log: Logger;
  now?: () => number;
  fetch?: Fetch;
  timers?: SyncTimers;
  intervalMs?: number;
}>;

export function createSyncEngine(options: SyncEngineOptions): SyncControl {
  const now = options.now ?? (() => Date.now());
  const timers = options.timers ?? systemTimers;
  const interval = options.intervalMs ?? SYNC_INTERVAL_MS;
  let running: Promise<void> | null = null;
  let timer: unknown = null;
  let started = false;
  let failures = 0;

  const status = () => syncStatusOf(options.db(), running !== null, options.tokens.read() !== null);

  function plan(): void {
    if (timer !== null) timers.clearTimer(timer);
    timer = null;
    if (!started) return;
    const wait = failures === 0 ? interval : Math.min(interval * 2 ** failures, MAX_BACKOFF_MS);
    timer = timers.setTimer(() => void run().catch(() => undefined), wait);
  }

  async function cycle(): Promise<void> {
    const token = options.tokens.read();
    const state = readSyncState(options.db());
    if (!token || state.tracking !== 1 || !state.account) return;
    const client = createSyncClient(state.serverUrl, token, options.fetch);
    const deps = { db: options.db, client, dataFile: options.dataFile, now };
    try {
      await pushOutbox({ ...deps, clientId: options.clientId });
      await pullChanges({ ...deps, me: state.account.username });
      recordSyncResult(options.db(), now(), null);
      failures = 0;
    } catch (error) {
      failures += 1;
      if (error instanceof SyncHttpError) {
        if (error.kind === 'unauthenticated') {
          options.tokens.remove();
          clearAccount(options.db(), now(), error.message);
        } else recordSyncResult(options.db(), now(), error.message);
        if (error.kind !== 'offline') options.log.error(`sync: ${error.message}`);
        return;
      }
      options.log.error('sync failed', error);
      recordSyncResult(options.db(), now(), 'Sinkronisasi gagal karena galat di komputer ini; lihat log aplikasi.');
    }
  }

  function run(): Promise<void> {
    if (running) return running;
    running = cycle()
      .catch((error: unknown) => options.log.error('sync could not record its outcome', error))
      .finally(() => {
        running = null;
        plan();
      });
    return running;
  }

  return {
    status,
    configure: async (input) => {
      const client = createSyncClient(input.serverUrl, null, options.fetch);
      let answer;
      try {
        answer = await client.login(input.username, input.password);
      } catch (error) {
        if (error instanceof SyncHttpError)
          throw new AppError(
            error.kind === 'offline' ? 'UNAVAILABLE' : 'FORBIDDEN',
            error.kind === 'offline'
              ? 'Server bersama tidak dapat dihubungi. Periksa alamat server dan jaringan, lalu coba lagi.'
              : error.message,
          );
        throw error;
      }
      if (answer.account.role === 'opd')
        throw new AppError(
          'FORBIDDEN',
          'Akun OPD hanya dapat dipakai di portal OPD. Masuk dengan akun sekretariat atau administrator.',
        );
      options.tokens.write(answer.token);
      saveLink(
        options.db(),
        { serverUrl: input.serverUrl.replace(/\/+$/, ''), username: answer.account.username, account: answer.account },
        now(),
      );
      // The first sync may be long (the whole registry): it runs on, the status says so.
      void run();
      return status();
    },
    syncNow: async () => {
      if (options.tokens.read() === null || readSyncState(options.db()).account === null)
        throw new AppError(
          'INVALID_INPUT',
          'Belum terhubung ke server bersama. Masuk dulu di Pengaturan -> Server bersama.',
        );
      await run();
      return status();
    },
    disconnect: async () => {
      await running;
      const token = options.tokens.read();
      const state = readSyncState(options.db());
      if (token && state.serverUrl)
        await createSyncClient(state.serverUrl, token, options.fetch)
          .logout()
          .catch(() => undefined);
      options.tokens.remove();
      clearAccount(options.db(), now(), null);
      return status();
    },
    start: () => {
      started = true;
      plan();
    },
    stop: () => {
      started = false;
      plan();
    },
    settled: async () => {
      while (running) await running;
    },
  };
}
