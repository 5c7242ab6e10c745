import type { DocumentsContract } from '../../../shared/ipc/documentsContract';
import { exportDocuments, previewDocument, type PackDocuments } from '../services/documents/documentExport';
import { cancelPdfA, exportPdfA, exportPrintPdf, pdfAAvailability } from '../services/documents/pdfaExport';
import { runRead } from '../workers/runRead';
import type { Handler, HandlerContext } from './handlerTypes';

/** DOCX files are rendered and zipped in the export worker (workers/jobs.ts). */
const packInWorker =
  (ctx: HandlerContext): PackDocuments =>
  (source, kinds, fileName, at, templates) =>
    runRead(ctx, 'export', 'pack-documents', { source, kinds, fileName, at, templates });

export const documentsHandlers: { [C in keyof DocumentsContract]: Handler<C> } = {
  'documents:preview': (input, ctx) => previewDocument(ctx, input),
  'documents:export': (input, ctx) => exportDocuments(ctx, input, packInWorker(ctx)),
  'documents:export-pdf': (input, ctx) => exportPrintPdf(ctx, input, packInWorker(ctx)),
  'documents:export-pdfa': (input, ctx) => exportPdfA(ctx, input, packInWorker(ctx)),
  'documents:pdfa-status': () => pdfAAvailability(),
  'documents:cancel-pdfa': () => cancelPdfA(),
};
