import { documentFileName, finalFileName } from '../../../../shared/document/fileNames';
import { todayIn } from '../../../../shared/domain/dates';
import type { Delivery } from '../../../../shared/domain/files';
import type { DocumentExportInput, DocumentPdfInput, DocumentPreview, DocumentPreviewInput } from '../../../../shared/ipc/documentsContract';
import { AppError } from '../../../../shared/ipc/result';
import { DOCUMENT_BUILDERS } from '../../export/documentPackage';
import type { HandlerContext } from '../../ipc/handlerTypes';
import { loadNotulaSource, type SourceOptions } from '../../repositories/documentSourceRepository';
import type { NotulaSource } from '../../../../shared/document/source';
import type { MeetingId } from '../../../../shared/domain/ids';
import { writeContext } from '../../ipc/handlerTypes';
import { footerCodeOf, rememberExports, type ExportedFile } from '../approval/verification';
import { getInstansi } from '../../repositories/settingsRepository';
import { runRead } from '../../workers/runRead';

/** Bytes that crossed from a worker arrive as a Uint8Array: the same memory, as the Buffer callers expect. */
const asBuffer = (bytes: Uint8Array) => (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));

/** Today where the instansi is: the Matriks marks what is overdue on that day. */
function sourceOptions(ctx: HandlerContext, input: { paper?: DocumentPreviewInput['paper']; readyForTte?: boolean }): SourceOptions {
  const asOf = todayIn(getInstansi(ctx.db).timeZone, new Date(ctx.now()));
  return { asOf, ...(input.paper ? { paper: input.paper } : {}), ...(input.readyForTte === undefined ? {} : { readyForTte: input.readyForTte }) };
}

/**
 * The source with the approved version's verification code (issue 6), and a function that
 * records the SHA-256 of what was handed out, so Verifikasi dokumen can recognise the file.
 */
function stampedSource(ctx: HandlerContext, meetingId: MeetingId, options: SourceOptions) {
  const stamp = footerCodeOf(ctx.db, meetingId);
  const source: NotulaSource = { ...loadNotulaSource(ctx.db, meetingId, options), verificationCode: stamp?.code ?? null };
  const remember = (delivery: Delivery, files: ReadonlyArray<ExportedFile>) => {
    if (stamp && delivery.kind !== 'cancelled') rememberExports(ctx.db, stamp.documentId, files, writeContext(ctx));
  };
  return { source, remember };
}

export function previewDocument(ctx: HandlerContext, input: DocumentPreviewInput): DocumentPreview {
  const { source } = stampedSource(ctx, input.meetingId, sourceOptions(ctx, input));
  return {
    document: DOCUMENT_BUILDERS[input.kind](source),
    paper: source.instansi.paper,
    readyForTte: source.instansi.notula.readyForTte,
  };
}

export async function exportDocuments(ctx: HandlerContext, input: DocumentExportInput): Promise<Delivery> {
  const { source, remember } = stampedSource(ctx, input.meetingId, sourceOptions(ctx, input));
  // Rendered in the export worker (workers/jobs.ts): a long Notula must not hold up her autosaves.
  const pack = await runRead(ctx, 'export', 'pack-documents', { source, kinds: input.kinds, fileName: input.fileName });
  const delivery = await ctx.files.deliver({ bytes: asBuffer(pack.bytes), fileName: pack.fileName, kind: pack.kind });
  remember(
    delivery,
    pack.files.map((file) => ({ kind: file.kind, format: 'docx', fileName: file.name, bytes: asBuffer(file.bytes) })),
  );
  return delivery;
}

export const PDF_IN_BROWSER =
  'Di mode server web, PDF dibuat lewat dialog cetak peramban: tekan "Cetak / PDF", lalu pilih tujuan "Simpan sebagai PDF".';

/** Desktop: main prints the print view in a hidden window. The web shell has no such printer. */
export async function exportPdf(ctx: HandlerContext, input: DocumentPdfInput): Promise<Delivery> {
  const printer = ctx.printToPdf;
  if (ctx.appInfo.shell !== 'desktop' || printer === undefined) throw new AppError('FORBIDDEN', PDF_IN_BROWSER);
  const { source, remember } = stampedSource(ctx, input.meetingId, sourceOptions(ctx, input));
  const document = DOCUMENT_BUILDERS[input.kind](source);
  const bytes = await printer({ meetingId: input.meetingId, kind: input.kind, paper: input.paper, readyForTte: input.readyForTte, page: document.page });
  const fallback = documentFileName(input.kind, source.meeting.title, source.meeting.date, 'pdf');
  const fileName = finalFileName(input.fileName, 'pdf', fallback);
  const delivery = await ctx.files.deliver({ bytes, fileName, kind: 'pdf' });
  remember(delivery, [{ kind: input.kind, format: 'pdf', fileName, bytes }]);
  return delivery;
}
