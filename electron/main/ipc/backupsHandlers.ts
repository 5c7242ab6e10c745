import type { BackupsContract } from '../../../shared/ipc/backupsContract';
import { AppError } from '../../../shared/ipc/result';
import type { AppDataStore } from '../db/dataStore';
import { exportArchive, importArchive } from '../services/archiveService';
import {
  backupSettings,
  createBackup,
  dataHealth,
  listBackups,
  restoreBackup,
  updateBackupSettings,
} from '../services/backupService';
import { cancelJobs, cancellable } from '../services/cancellation';
import { runFileJob, runRead } from '../workers/runRead';
import { writeContext, type Handler, type HandlerContext } from './handlerTypes';

function store(ctx: HandlerContext): AppDataStore {
  if (!ctx.data) throw new AppError('INTERNAL', 'Pengelolaan cadangan tidak tersedia di mode ini.');
  return ctx.data;
}

export const backupsHandlers: { [C in keyof BackupsContract]: Handler<C> } = {
  'backups:health': (_input, ctx) => (ctx.data ? dataHealth(ctx.data) : { state: 'ok' }),
  'backups:list': (_input, ctx) => listBackups(store(ctx)),
  'backups:settings': (_input, ctx) => backupSettings(store(ctx), ctx.now()),
  'backups:update-settings': (input, ctx) => {
    const settings = updateBackupSettings(store(ctx), input, writeContext(ctx));
    // A new time moves the schedule's next run; the answer already shows it.
    ctx.backupSchedule?.replan();
    return settings;
  },
  'backups:create': (_input, ctx) => createBackup(store(ctx), ctx.now()),
  'backups:restore': (input, ctx) => restoreBackup(store(ctx), input.name, ctx.now()),
  'backups:export-archive': (_input, ctx) =>
    cancellable('archive', (signal) =>
      exportArchive(
        store(ctx),
        ctx.files,
        ctx.appInfo.version,
        ctx.now(),
        (input) => runRead(ctx, 'archive', 'pack-archive', input, { signal }),
        signal,
      ),
    ),
  'backups:cancel-archive-export': () => ({ cancelled: cancelJobs('archive') }),
  'backups:import-archive': (input, ctx) =>
    importArchive(store(ctx), ctx.files, input.fileId, ctx.now(), (unpack) =>
      runFileJob(ctx.workers, 'archive', 'unpack-archive', unpack),
    ),
};
