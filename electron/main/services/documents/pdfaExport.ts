import { documentFileName, finalFileName } from '../../../../shared/document/fileNames';
import { fileStemsOf } from '../../../../shared/document/invitationLetterParts';
import type { Delivery } from '../../../../shared/domain/files';
import type { DocumentPdfInput } from '../../../../shared/ipc/documentsContract';
import { AppError } from '../../../../shared/ipc/result';
import { findLibreOffice } from '../../export/libreOfficeLocator';
import { convertToPdfA, type PdfAConverter } from '../../export/libreOfficePdfA';
import type { HandlerContext } from '../serviceContext';
import { exportPdf, officeTemplatesFor, sourceOptions, stampedSource, type PackDocuments } from './documentExport';

/*
 * "PDF/A (arsip)": the DOCX of one document, converted by LibreOffice where it is installed
 * (export/libreOfficePdfA.ts). The PDF of an approved version is recorded like its DOCX, so
 * Verifikasi dokumen recognises the file; its metadata and text carry the version too.
 */

export const LIBREOFFICE_MISSING =
  'LibreOffice tidak ditemukan di komputer ini, jadi PDF/A (arsip) belum dapat dibuat. Pasang LibreOffice (gratis, dari libreoffice.org), atau gunakan Cetak / PDF.';

export type LibreOffice = Readonly<{ locate: () => string | null; convert: PdfAConverter }>;

const INSTALLED: LibreOffice = { locate: () => findLibreOffice(), convert: convertToPdfA };

/** Conversions under way in this process; "Batal" stops them all (she starts one at a time). */
const running = new Set<AbortController>();

export function pdfAAvailability(libre: LibreOffice = INSTALLED): { available: boolean; message: string | null } {
  return libre.locate() === null
    ? { available: false, message: LIBREOFFICE_MISSING }
    : { available: true, message: null };
}

export async function exportPdfA(
  ctx: HandlerContext,
  input: DocumentPdfInput,
  packDocuments: PackDocuments,
  libre: LibreOffice = INSTALLED,
): Promise<Delivery> {
  const soffice = libre.locate();
  if (soffice === null) throw new AppError('NOT_FOUND', LIBREOFFICE_MISSING);
  return convertedPdf(ctx, input, packDocuments, libre, soffice);
}

/**
 * "Cetak / PDF" (and Ctrl+P on the desktop): with an office template active for the kind and
 * LibreOffice installed, the PDF is the filled office DOCX converted by LibreOffice (PDF/A-2b,
 * so also fit for the archive), in both shells; otherwise the print view's built-in layout
 * (desktop printToPDF; the web shell's browser print), which the preview says beforehand.
 */
export async function exportPrintPdf(
  ctx: HandlerContext,
  input: DocumentPdfInput,
  packDocuments: PackDocuments,
  libre: LibreOffice = INSTALLED,
): Promise<Delivery> {
  const soffice = officeTemplatesFor(ctx, [input.kind])[input.kind] ? libre.locate() : null;
  if (soffice === null) return exportPdf(ctx, input);
  return convertedPdf(ctx, input, packDocuments, libre, soffice);
}

async function convertedPdf(
  ctx: HandlerContext,
  input: DocumentPdfInput,
  packDocuments: PackDocuments,
  libre: LibreOffice,
  soffice: string,
): Promise<Delivery> {
  const { source, remember, at } = stampedSource(ctx, input.meetingId, sourceOptions(ctx, input));
  // The office template she chose, if any: the PDF/A has the layout of the DOCX she would get.
  const pack = await packDocuments(source, [input.kind], '', at.getTime(), officeTemplatesFor(ctx, [input.kind]));
  const docx = pack.files[0]?.bytes;
  if (docx === undefined) throw new AppError('INTERNAL', 'Dokumen tidak dapat disiapkan untuk PDF/A.');
  const controller = new AbortController();
  running.add(controller);
  let pdf: Buffer | null;
  try {
    pdf = await libre.convert({ soffice, docx: Buffer.from(docx), signal: controller.signal });
  } finally {
    running.delete(controller);
  }
  if (pdf === null) return { kind: 'cancelled' };
  const fallback = documentFileName(input.kind, source.meeting.title, source.meeting.date, 'pdf', fileStemsOf(source));
  const fileName = finalFileName(input.fileName, 'pdf', fallback);
  const delivery = await ctx.files.deliver({ bytes: pdf, fileName, kind: 'pdf' });
  remember(delivery, [{ kind: input.kind, format: 'pdf', fileName, bytes: pdf }]);
  return delivery;
}

/** Stops the conversions under way; their export answers "cancelled". */
export function cancelPdfA(): { cancelled: number } {
  const count = running.size;
  for (const controller of running) controller.abort();
  return { cancelled: count };
}
