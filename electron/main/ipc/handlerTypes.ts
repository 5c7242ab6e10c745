import type { Db } from '../db/connection';
import type { AppDataStore } from '../db/dataStore';
import type { WriteContext } from '../repositories/writeContext';
import type { FileGateway } from '../files/fileGateway';
import type { PdfPrinter } from '../export/pdfPrinter';
import type { JobRunner } from '../workers/readWorkers';
import type { AppInfo } from '../../../shared/ipc/appContract';
import type { ChannelInput, ChannelOutput, IpcChannel } from '../../../shared/ipc/contract';

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
  /** Worker threads for long reads (search, import parsing); without them (unit tests) the jobs run in-process. */
  workers?: JobRunner;
}>;

export type Handler<C extends IpcChannel> = (
  input: ChannelInput<C>,
  ctx: HandlerContext,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

export type HandlerTable = { [C in IpcChannel]: Handler<C> };

/** The write context repositories take: one clock reading per call. */
export function writeContext(ctx: HandlerContext): WriteContext {
  return { now: ctx.now(), actor: ctx.actor };
}
