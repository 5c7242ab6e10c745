import { userInfo } from 'node:os';
import { dirname } from 'node:path';
import { version } from '../../package.json';
import type { AppDataStore } from './db/dataStore';
import type { PdfPrinter } from './export/pdfPrinter';
import type { BackupSchedule } from './services/backupScheduler';
import type { FileGateway } from './files/fileGateway';
import type { HandlerContext } from './ipc/handlerTypes';
import { dataFolderId } from './services/dataFolderId';

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
  extras: Readonly<{ printToPdf?: PdfPrinter; backupSchedule?: BackupSchedule }> = {},
): HandlerContext {
  const dataId = dataFolderId(dirname(dataFile));
  return {
    get db() {
      return data.db;
    },
    data,
    files,
    now: () => Date.now(),
    actor: currentUser(),
    appInfo: { version, shell, dataFile, dataId },
    ...extras,
  };
}
