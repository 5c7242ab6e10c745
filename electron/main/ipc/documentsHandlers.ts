import type { DocumentsContract } from '../../../shared/ipc/documentsContract';
import { exportDocuments, previewDocument, type PackDocuments } from '../services/documents/documentExport';
import { cancelPdfA, exportPdfA, exportPrintPdf, pdfAAvailability } from '../services/documents/pdfaExport';
import { cancelJobs, cancellable } from '../services/cancellation';
import { runRead } from '../workers/runRead';
import type { Handler, HandlerContext } from './handlerTypes';

/** DOCX files are rendered and zipped in the export worker (workers/jobs.ts); "Batalkan" ends it there. */
const packInWorker =
  (ctx: HandlerContext, signal?: AbortSignal): PackDocuments =>
  (source, kinds, fileName, at, templates) =>
    runRead(ctx, 'export', 'pack-documents', { source, kinds, fileName, at, templates }, { signal });

export const documentsHandlers: { [C in keyof DocumentsContract]: Handler<C> } = {
  'documents:preview': (input, ctx) => previewDocument(ctx, input),
  'documents:export': (input, ctx) =>
    cancellable('documents', (signal) => exportDocuments(ctx, input, packInWorker(ctx, signal))),
  'documents:export-pdf': (input, ctx) =>
    cancellable('documents', (signal) => exportPrintPdf(ctx, input, packInWorker(ctx, signal))),
  'documents:export-pdfa': (input, ctx) =>
    cancellable('documents', (signal) => exportPdfA(ctx, input, packInWorker(ctx, signal))),
  'documents:pdfa-status': () => pdfAAvailability(),
  'documents:cancel-pdfa': () => cancelPdfA(),
  // Ends the DOCX rendering in its worker and a PDF/A conversion alike: whichever stage she is in.
  'documents:cancel-export': () => ({ cancelled: cancelJobs('documents') + cancelPdfA().cancelled }),
};
