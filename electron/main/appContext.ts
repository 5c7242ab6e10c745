import { userInfo } from 'node:os';
import { dirname } from 'node:path';
import { version } from '../../package.json';
import { BUSY_REFUSAL, type AppDataStore } from './db/dataStore';
import type { PdfPrinter } from './export/pdfPrinter';
import type { BackupSchedule } from './services/backupScheduler';
import type { FileGateway } from './files/fileGateway';
import type { HandlerContext } from './ipc/handlerTypes';
import type { SyncControl } from './services/serviceContext';
import { dataFolderId } from './services/dataFolderId';
import { savedUserName } from './repositories/userNameRepository';
import { ReadWorkers } from './workers/readWorkers';

function currentUser(): string {
  try {
    return userInfo().username || 'notulis';
  } catch {
    return 'notulis';
  }
}

/**
 * The context both shells give the handler table; only transport differs between them.
 * `db` reads through the store on every use, so a restore can swap the file underneath.
 */
export function createHandlerContext(
  data: AppDataStore,
  shell: 'desktop' | 'web',
  dataFile: string,
  files: FileGateway,
  extras: Readonly<{ printToPdf?: PdfPrinter; backupSchedule?: BackupSchedule; sync?: SyncControl }> = {},
): HandlerContext {
  const dataId = dataFolderId(dirname(dataFile));
  const workers = new ReadWorkers(() => data.file, data.openOptions.nativeBinding);
  data.onBeforeSwap(() => workers.release(BUSY_REFUSAL));
  const osUser = currentUser();
  return {
    get db() {
      return data.db;
    },
    data,
    files,
    now: () => Date.now(),
    // "Nama pengguna" (Pengaturan -> Umum) read on every use, so a new name holds from the next change on;
    // the OS user when none is saved or the data file cannot be read (recovery, a swap under way).
    get actor() {
      try {
        return savedUserName(data.db) || osUser;
      } catch {
        return osUser;
      }
    },
    appInfo: { version, shell, dataFile, dataId },
    // Started on first use; released before a swap; each shell's shutdown closes them (webMain.ts, index.ts).
    workers,
    ...extras,
  };
}
