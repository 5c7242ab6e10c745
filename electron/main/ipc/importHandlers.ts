import type { ImportContract } from '../../../shared/ipc/importContract';
import { applyMasterImport, previewMasterImport } from '../services/import/masterImportService';
import { writeContext, type Handler } from './handlerTypes';

export const importHandlers: { [C in keyof ImportContract]: Handler<C> } = {
  'import:preview-master': (input, ctx) => previewMasterImport(ctx, input.fileId),
  'import:apply-master': (input, ctx) => applyMasterImport(ctx, input.fileId, writeContext(ctx)),
};
