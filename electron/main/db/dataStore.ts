import { renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppError } from '../../../shared/ipc/result';
import { openDatabase, type Db, type OpenOptions } from './connection';

export const RECOVERY_REFUSAL =
  'Berkas data sedang rusak, jadi Risalah tidak menyimpan apa pun ke dalamnya. Pulihkan dari cadangan di layar pemulihan terlebih dahulu.';
export const BUSY_REFUSAL = 'Risalah sedang memulihkan atau mengganti data. Tunggu sebentar, lalu coba lagi.';
const COPY_BUSY = 'Proses cadangan atau pemulihan lain sedang berjalan. Tunggu sampai selesai, lalu coba lagi.';

export type StoreHealth = Readonly<{ state: 'ok' }> | Readonly<{ state: 'recovery'; detail: string }>;

/**
 * Owns the connection to the data file, so a restore or an archive import can
 * put another file in its place while both shells keep the same handler
 * context (whose `db` reads through this holder).
 *
 * In recovery (the file failed its check at start) there is no connection at
 * all: every use of `db` is refused, and the file stays byte-for-byte as found.
 */
export class AppDataStore {
  private connection: Db | null;
  private healthState: StoreHealth;
  private operation: 'copy' | 'swap' | null = null;
  private readonly swapListeners = new Set<() => Promise<void>>();
  /** While the start-up check runs: resolves once the verdict is in (appDataStartup.ts). */
  private pendingCheck: Promise<void> | null = null;

  constructor(
    readonly file: string,
    connection: Db | null,
    health: StoreHealth,
    readonly openOptions: OpenOptions = {},
  ) {
    this.connection = connection;
    this.healthState = health;
  }

  get dataDir(): string {
    return dirname(this.file);
  }

  get backupDir(): string {
    return this.openOptions.backupDir ?? join(this.dataDir, 'backups');
  }

  get health(): StoreHealth {
    return this.healthState;
  }

  /**
   * True while the start-up check of an existing file is still running. The connection is
   * then read-only, so her first screens load but nothing can be written to a file not yet
   * known to be sound; writes wait for `checked()` (ipc/dispatch.ts).
   */
  get checking(): boolean {
    return this.pendingCheck !== null;
  }

  /** Resolves when no start-up check is pending (at once if none is). */
  checked(): Promise<void> {
    return this.pendingCheck ?? Promise.resolve();
  }

  /**
   * Starts the checking phase on a read-only connection. When `verdict` settles, a sound
   * file gets its read-write connection from `openWritable`, which is handed the read-only
   * one so it can be made as warm before it takes its place; a damaged one goes to
   * recovery and is left as found (a read-only connection writes nothing, not even on close).
   *
   * Opening, warming and the swap run in one synchronous step while the check is still
   * pending: no request runs in between, and a write waiting for `checked()` is let through
   * only once the warm read-write connection is in place.
   */
  beginCheck(
    verdict: Promise<{ ok: true } | { ok: false; detail: string }>,
    openWritable: (replacing: Db | null) => Db,
  ): Promise<void> {
    const pending = verdict
      .then((result) => {
        const readOnly = this.connection;
        if (result.ok) {
          this.connection = openWritable(readOnly);
        } else {
          this.connection = null;
          this.healthState = { state: 'recovery', detail: result.detail };
        }
        readOnly?.close();
      })
      .catch((error: unknown) => {
        this.connection?.close();
        this.connection = null;
        this.healthState = { state: 'recovery', detail: error instanceof Error ? error.message : String(error) };
      })
      .finally(() => {
        this.pendingCheck = null;
      });
    this.pendingCheck = pending;
    return pending;
  }

  /** Called (and awaited) before a restore or archive import replaces the file (workers/readWorkers.ts). */
  onBeforeSwap(release: () => Promise<void>): void {
    this.swapListeners.add(release);
  }

  /** True while a restore or import is replacing the file: then nothing else may run. */
  get swapping(): boolean {
    return this.operation === 'swap';
  }

  get db(): Db {
    if (this.operation === 'swap') throw new AppError('LOCKED', BUSY_REFUSAL);
    if (!this.connection) throw new AppError('LOCKED', RECOVERY_REFUSAL);
    return this.connection;
  }

  /** The open connection, if any, for the operation that holds the lock (a backup before a swap). */
  get connectionIfOpen(): Db | null {
    return this.connection;
  }

  /**
   * One file-level operation at a time (backup, export, restore, import): a
   * second one is refused rather than queued, so she sees why nothing happened.
   */
  async exclusive<T>(kind: 'copy' | 'swap', run: () => Promise<T>): Promise<T> {
    if (this.operation) throw new AppError('LOCKED', this.operation === 'swap' ? BUSY_REFUSAL : COPY_BUSY);
    this.operation = kind;
    try {
      // Other connections to the file (the worker threads' readers) close before it is replaced:
      // Windows cannot rename over an open file, and none may outlive its WAL being removed.
      if (kind === 'swap') await Promise.all([...this.swapListeners].map((release) => release()));
      return await run();
    } finally {
      this.operation = null;
    }
  }

  /**
   * Puts `prepared` (an already checked database file in the data folder) in
   * place of the data file and opens it, running migrations if it is older.
   * The rename is atomic, so at every moment the data file is either the old
   * one or the new one. Callers keep a backup of the old file first.
   */
  replaceWith(prepared: string): void {
    this.connection?.close();
    this.connection = null;
    // The old file's WAL must not be replayed onto the new one; close() has checkpointed it.
    rmSync(`${this.file}-wal`, { force: true });
    rmSync(`${this.file}-shm`, { force: true });
    renameSync(prepared, this.file);
    try {
      this.connection = openDatabase(this.file, this.openOptions).db;
      this.healthState = { state: 'ok' };
    } catch (error) {
      this.healthState = { state: 'recovery', detail: error instanceof Error ? error.message : String(error) };
      throw error;
    }
  }

  close(): void {
    this.connection?.close();
    this.connection = null;
  }
}
