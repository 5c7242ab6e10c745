import type { ImportContract } from '../../../shared/ipc/importContract';
import { applyMasterImport, previewMasterImport, type PlanImport } from '../services/import/masterImportService';
import { runRead } from '../workers/runRead';
import { writeContext, type Handler, type HandlerContext } from './handlerTypes';

/** Files are parsed and checked in the import worker (workers/jobs.ts). */
const inWorker =
  (ctx: HandlerContext): PlanImport =>
  (args) =>
    runRead(ctx, 'import', 'import-plan', args);

export const importHandlers: { [C in keyof ImportContract]: Handler<C> } = {
  'import:preview-master': (input, ctx) => previewMasterImport(ctx, inWorker(ctx), input.fileId),
  'import:apply-master': (input, ctx) => applyMasterImport(ctx, inWorker(ctx), input.fileId, writeContext(ctx)),
};
