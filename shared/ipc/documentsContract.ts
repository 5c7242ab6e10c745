// Types and channel names only: the preload bundles this file, so no zod here.
import type { ExportableKind } from '../document/fileNames';
import type { OfficialDocument } from '../document/model';
import type { Delivery } from '../domain/files';
import type { MeetingId } from '../domain/ids';
import type { PaperSize } from '../domain/instansi';

export type DocumentPreviewInput = Readonly<{
  meetingId: MeetingId;
  kind: ExportableKind;
  /** Omitted: the instansi's paper. */
  paper?: PaperSize;
  /** Omitted: the instansi's "siap TTE" setting. */
  readyForTte?: boolean;
}>;

/** The model the renderer draws, with the settings it was built with. */
export type DocumentPreview = Readonly<{
  document: OfficialDocument;
  paper: PaperSize;
  readyForTte: boolean;
}>;

export type DocumentExportInput = Readonly<{
  meetingId: MeetingId;
  /** One document is saved as .docx; several as one .zip. */
  kinds: ReadonlyArray<ExportableKind>;
  paper: PaperSize;
  readyForTte: boolean;
  /** '' takes the default ("Notula Rakor Kepala OPD 2026-11-27.docx"). */
  fileName: string;
}>;

export type DocumentPdfInput = Readonly<{
  meetingId: MeetingId;
  kind: ExportableKind;
  paper: PaperSize;
  readyForTte: boolean;
  fileName: string;
}>;

export type DocumentsContract = {
  /** One official document of a meeting as the plain model (the preview and print view draw it). */
  'documents:preview': { input: DocumentPreviewInput; output: DocumentPreview };
  /** Builds the chosen documents as DOCX and hands them over (save dialog or download). */
  'documents:export': { input: DocumentExportInput; output: Delivery };
  /** Desktop only: main prints the preview to PDF. The web shell uses the browser's print. */
  'documents:export-pdf': { input: DocumentPdfInput; output: Delivery };
};

export const DOCUMENTS_CHANNELS = {
  'documents:preview': true,
  'documents:export': true,
  'documents:export-pdf': true,
} as const satisfies Record<keyof DocumentsContract, true>;
