import type { DocumentsContract } from '../../../shared/ipc/documentsContract';
import { exportDocuments, exportPdf, previewDocument } from '../services/documents/documentExport';
import type { Handler } from './handlerTypes';

export const documentsHandlers: { [C in keyof DocumentsContract]: Handler<C> } = {
  'documents:preview': (input, ctx) => previewDocument(ctx, input),
  'documents:export': (input, ctx) => exportDocuments(ctx, input),
  'documents:export-pdf': (input, ctx) => exportPdf(ctx, input),
};
