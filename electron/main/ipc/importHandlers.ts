import type { ImportContract } from '../../../shared/ipc/importContract';
import {
  applyMasterImport,
  cancelMasterImport,
  previewMasterImport,
  type PlanImport,
} from '../services/import/masterImportService';
import { runRead } from '../workers/runRead';
import { writeContext, type Handler, type HandlerContext } from './handlerTypes';

/** Files are parsed and checked in the import worker (workers/jobs.ts). */
const inWorker =
  (ctx: HandlerContext): PlanImport =>
  (args) =>
    runRead(ctx, 'import', 'import-plan', args);

/** The WAL of a big import's writes is copied into the file in the same worker (importSlices.ts). */
const checkpointInWorker = (ctx: HandlerContext) => () =>
  runRead(ctx, 'import', 'checkpoint-wal', { nativeBinding: ctx.data?.openOptions.nativeBinding });

export const importHandlers: { [C in keyof ImportContract]: Handler<C> } = {
  'import:preview-master': (input, ctx) => previewMasterImport(ctx, inWorker(ctx), input.fileId),
  'import:apply-master': (input, ctx) =>
    applyMasterImport(ctx, inWorker(ctx), input.fileId, writeContext(ctx), ctx.workers && checkpointInWorker(ctx)),
  'import:cancel-master': () => cancelMasterImport(),
};
