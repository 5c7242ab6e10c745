// Types and channel names only: the preload bundles this file, so the spec is imported as a
// type (erased). The channels themselves are specified in documentsSchemas.ts.
import type { ContractOf } from './channelSpec';
import { channelSet } from './channelSet';
import type { documentsSpec } from './documentsSchemas';
import type { OfficialDocument } from '../document/model';
import type { PaperSize } from '../domain/instansi';

/**
 * The office's Word template in use for the kind shown (Pengaturan → Dokumen): its file name,
 * and whether Cetak / PDF can print it (LibreOffice found); without LibreOffice the print
 * route prints the built-in layout, and the preview says so.
 */
export type ActiveOfficeTemplate = Readonly<{ name: string; pdfByLibreOffice: boolean }>;

/** The model the renderer draws, with the settings it was built with. */
export type DocumentPreview = Readonly<{
  document: OfficialDocument;
  paper: PaperSize;
  readyForTte: boolean;
  /** Null: the built-in document is what every route prints. */
  officeTemplate: ActiveOfficeTemplate | null;
}>;

/** LibreOffice found (PDF/A can be made), else the Indonesian sentence saying what to do instead. */
export type PdfAStatus = Readonly<{ available: boolean; message: string | null }>;

export type DocumentsContract = ContractOf<typeof documentsSpec>;

/** Inputs, derived from their schemas (written once, in documentsSchemas.ts). */
export type DocumentPreviewInput = DocumentsContract['documents:preview']['input'];
export type DocumentExportInput = DocumentsContract['documents:export']['input'];
export type DocumentPdfInput = DocumentsContract['documents:export-pdf']['input'];

export const DOCUMENTS_CHANNELS = channelSet<DocumentsContract>()({
  documents: ['preview', 'export', 'export-pdf', 'export-pdfa', 'pdfa-status', 'cancel-pdfa', 'cancel-export'],
});
