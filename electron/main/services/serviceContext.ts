import type { Db } from '../db/connection';
import type { AppDataStore } from '../db/dataStore';
import type { WriteContext } from '../repositories/writeContext';
import type { FileGateway } from '../files/fileGateway';
import type { PdfPrinter } from '../export/pdfPrinter';
import type { BackupSchedule } from './backupScheduler';
import type { AppInfo } from '../../../shared/ipc/appContract';
import type { SyncStatus } from '../../../shared/domain/sync';

/** The link to Risalah Server (electron/main/sync/syncEngine.ts), declared here so services need not import it. */
export type SyncControl = Readonly<{
  status: () => SyncStatus;
  configure: (input: Readonly<{ serverUrl: string; username: string; password: string }>) => Promise<SyncStatus>;
  syncNow: () => Promise<SyncStatus>;
  disconnect: () => Promise<SyncStatus>;
  /** Syncs every minute while configured (with backoff while the server is down). */
  start: () => void;
  stop: () => void;
  /** Resolves once no sync is running. */
  settled: () => Promise<void>;
}>;

/*
 * The context lives here, below ipc/, so services can take it without seeing the IPC
 * layer (eslint's main-layers rule); ipc/handlerTypes.ts re-exports it for the handlers.
 */

/** What every handler may use; built once per shell, never from renderer input. */
export type HandlerContext = Readonly<{
  db: Db;
  now: () => number;
  /** Who is recorded in the audit log for changes made through this shell. */
  actor: string;
  appInfo: AppInfo;
  /** User files in and out, without paths crossing to the renderer. */
  files: FileGateway;
  /** The data file's holder (backups, restore, recovery); both shells set it, unit tests may not. */
  data?: AppDataStore;
  /** Desktop only: prints a document's print view to PDF (electron/main/desktop/printToPdf.ts). */
  printToPdf?: PdfPrinter;
  /** The running backup schedule (both shells; unit tests may not): told of approvals and new settings. */
  backupSchedule?: BackupSchedule;
  /** Sync with Risalah Server (both shells; unit tests may give one): the sync:* channels. */
  sync?: SyncControl;
}>;

/** The write context repositories take: one clock reading per call. */
export function writeContext(ctx: HandlerContext): WriteContext {
  return { now: ctx.now(), actor: ctx.actor };
}
