import type { StateCreator } from 'zustand';
import { call } from '../lib/api';
import type { AppState } from './index';
import type { ChannelAction } from './storeActions';

/**
 * The official documents of a meeting. Nothing is cached here: a preview is rebuilt by main on
 * every choice (the Dokumen tab keeps the pages it shows), and an export hands over a file.
 */
export type DocumentsSlice = {
  previewDocument: ChannelAction<'documents:preview'>;
  exportDocuments: ChannelAction<'documents:export'>;
  /** PDF/A (arsip) through LibreOffice; `pdfAStatus` says beforehand whether it can be made here. */
  exportPdfA: ChannelAction<'documents:export-pdfa'>;
  pdfAStatus: ChannelAction<'documents:pdfa-status'>;
  /** "Batalkan" while documents are being made (DOCX or PDF/A): the export then answers "cancelled". */
  cancelExport: ChannelAction<'documents:cancel-export'>;
};

export const createDocumentsSlice: StateCreator<AppState, [], [], DocumentsSlice> = () => ({
  previewDocument: (input) => call('documents:preview', input),
  exportDocuments: (input) => call('documents:export', input),
  exportPdfA: (input) => call('documents:export-pdfa', input),
  pdfAStatus: (input) => call('documents:pdfa-status', input),
  cancelExport: (input) => call('documents:cancel-export', input),
});
