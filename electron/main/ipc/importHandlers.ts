import type { ImportContract } from '../../../shared/ipc/importContract';
import {
  applyMasterImport,
  cancelMasterImport,
  PREVIEW_SUPERSEDED,
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

/**
 * A preview in its own lane: a newer one ends an older one still checking (she chose another
 * file), which answers CONFLICT and is never shown; a running import's jobs are untouched.
 */
const previewInWorker =
  (ctx: HandlerContext): PlanImport =>
  (args) =>
    runRead(ctx, 'preview', 'import-plan', args, { supersede: true, superseded: PREVIEW_SUPERSEDED });

/** The WAL of a big import's writes is copied into the file in the same worker (importSlices.ts). */
const checkpointInWorker = (ctx: HandlerContext) => () =>
  runRead(ctx, 'import', 'checkpoint-wal', { nativeBinding: ctx.data?.openOptions.nativeBinding });

export const importHandlers: { [C in keyof ImportContract]: Handler<C> } = {
  'import:preview-master': (input, ctx) => previewMasterImport(ctx, previewInWorker(ctx), input.fileId),
  'import:apply-master': (input, ctx) =>
    applyMasterImport(ctx, inWorker(ctx), input.fileId, writeContext(ctx), ctx.workers && checkpointInWorker(ctx)),
  'import:cancel-master': () => cancelMasterImport(),
};
