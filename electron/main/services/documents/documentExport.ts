import { documentFileName, finalFileName } from '../../../../shared/document/fileNames';
import { fileStemsOf } from '../../../../shared/document/invitationLetterParts';
import { todayIn } from '../../../../shared/domain/dates';
import type { Delivery } from '../../../../shared/domain/files';
import type {
  DocumentExportInput,
  DocumentPdfInput,
  DocumentPreview,
  DocumentPreviewInput,
} from '../../../../shared/ipc/documentsContract';
import { AppError } from '../../../../shared/ipc/result';
import { DOCUMENT_BUILDERS, type DocumentPackage } from '../../export/documentPackage';
import type { ExportableKind } from '../../../../shared/document/fileNames';
import type { HandlerContext } from '../serviceContext';
import { loadNotulaSource, type SourceOptions } from '../../repositories/documentSourceRepository';
import type { NotulaSource } from '../../../../shared/document/source';
import type { MeetingId } from '../../../../shared/domain/ids';
import { writeContext } from '../serviceContext';
import { rememberExports, type ExportedFile } from '../approval/verification';
import { currentApprovedDocument } from '../../repositories/approvalRepository';
import { approvedSource } from './approvedSource';
import { pdfDatedAt } from '../../export/pdfTimestamps';
import { getInstansi } from '../../repositories/settingsRepository';
import { templateFile, templateOf } from '../../repositories/documentTemplatesRepository';
import { findLibreOffice } from '../../export/libreOfficeLocator';
import type { OfficeTemplate, OfficeTemplates } from '../../templates/officeTemplates';
import { invitationLetterSource } from '../../repositories/invitationLetterRepository';

/** Bytes that crossed from a worker arrive as a Uint8Array: the same memory, as the Buffer callers expect. */
const asBuffer = (bytes: Uint8Array) =>
  Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Today where the instansi is: the Matriks marks what is overdue on that day. */
export function sourceOptions(
  ctx: HandlerContext,
  input: { paper?: DocumentPreviewInput['paper']; readyForTte?: boolean },
): SourceOptions {
  const asOf = todayIn(getInstansi(ctx.db).timeZone, new Date(ctx.now()));
  return {
    asOf,
    ...(input.paper ? { paper: input.paper } : {}),
    ...(input.readyForTte === undefined ? {} : { readyForTte: input.readyForTte }),
  };
}

/**
 * What the documents of a meeting print, and the moment their files carry. An approved
 * version (issue 14): its snapshot, its verification code (issue 6) and its approval moment,
 * so the same version exports the same bytes however the data moved on; `remember` records
 * the SHA-256 of what was handed out, so Verifikasi dokumen can recognise the file. Anything
 * else: the live data, marked DRAF, dated now.
 */
export function stampedSource(ctx: HandlerContext, meetingId: MeetingId, options: SourceOptions) {
  const record = currentApprovedDocument(ctx.db, meetingId);
  const base: NotulaSource = record
    ? approvedSource(ctx.db, record, options)
    : { ...loadNotulaSource(ctx.db, meetingId, options), verificationCode: null };
  // The Surat Undangan's words are read live in both cases: the letter is no part of the minutes.
  const source: NotulaSource = { ...base, letter: invitationLetterSource(ctx.db, meetingId) };
  const at = new Date(record ? record.approvedAt : ctx.now());
  // Only the minutes' documents belong to the approved version; the Surat Undangan is not verified as one.
  const remember = (delivery: Delivery, files: ReadonlyArray<ExportedFile>) => {
    const ofVersion = files.filter((file) => file.kind !== 'SURAT_UNDANGAN');
    if (record && delivery.kind !== 'cancelled' && ofVersion.length > 0)
      rememberExports(ctx.db, record.documentId, ofVersion, writeContext(ctx));
  };
  return { source, remember, at };
}

/**
 * The preview draws the built-in model; when an office template is active for the kind it says
 * which one, and whether Cetak / PDF prints it (through LibreOffice) or the built-in layout.
 */
export function previewDocument(
  ctx: HandlerContext,
  input: DocumentPreviewInput,
  locate: () => string | null = findLibreOffice,
): DocumentPreview {
  const { source } = stampedSource(ctx, input.meetingId, sourceOptions(ctx, input));
  const template = templateOf(ctx.db, input.kind);
  return {
    document: DOCUMENT_BUILDERS[input.kind](source),
    paper: source.instansi.paper,
    readyForTte: source.instansi.notula.readyForTte,
    officeTemplate: template?.active ? { name: template.name, pdfByLibreOffice: locate() !== null } : null,
  };
}

/**
 * Renders and packs the DOCX files of a source, dated `at` (ms). The documents handler passes
 * one that runs in the export worker (workers/jobs.ts); services never start workers.
 */
export type PackDocuments = (
  source: NotulaSource,
  kinds: ReadonlyArray<ExportableKind>,
  fileName: string,
  at: number,
  templates: OfficeTemplates,
) => Promise<DocumentPackage>;

/** The office templates she chose for these kinds (Pengaturan → Dokumen); the others print built-in. */
export function officeTemplatesFor(ctx: HandlerContext, kinds: ReadonlyArray<ExportableKind>): OfficeTemplates {
  const chosen: Partial<Record<ExportableKind, OfficeTemplate>> = {};
  for (const kind of kinds) {
    const file = templateFile(ctx.db, kind, true);
    if (file) chosen[kind] = { bytes: file.bytes, mapping: file.mapping };
  }
  return chosen;
}

export async function exportDocuments(
  ctx: HandlerContext,
  input: DocumentExportInput,
  packDocuments: PackDocuments,
): Promise<Delivery> {
  const { source, remember, at } = stampedSource(ctx, input.meetingId, sourceOptions(ctx, input));
  // Rendered where the handler says (the export worker): a long Notula must not hold up her autosaves.
  const pack = await packDocuments(
    source,
    input.kinds,
    input.fileName,
    at.getTime(),
    officeTemplatesFor(ctx, input.kinds),
  );
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
  const { source, remember, at } = stampedSource(ctx, input.meetingId, sourceOptions(ctx, input));
  const document = DOCUMENT_BUILDERS[input.kind](source);
  const { meetingId, kind, paper, readyForTte } = input;
  // Dated like the DOCX (the approval moment for an approved version), so a reprint is the same bytes.
  const bytes = pdfDatedAt(await printer({ meetingId, kind, paper, readyForTte, page: document.page }), at);
  const fallback = documentFileName(input.kind, source.meeting.title, source.meeting.date, 'pdf', fileStemsOf(source));
  const fileName = finalFileName(input.fileName, 'pdf', fallback);
  const delivery = await ctx.files.deliver({ bytes, fileName, kind: 'pdf' });
  remember(delivery, [{ kind: input.kind, format: 'pdf', fileName, bytes }]);
  return delivery;
}
