import type { Delivery, FilePurpose, StagedFile } from '../../../shared/domain/files';
import type { StagedBytes } from './stagingArea';

/** What a produced file is, for the save dialog's filter and the download's content type. */
export const DELIVERY_KINDS = {
  docx: {
    label: 'Dokumen Word',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  pdf: { label: 'Dokumen PDF', contentType: 'application/pdf' },
  xlsx: { label: 'Buku kerja Excel', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  zip: { label: 'Arsip ZIP', contentType: 'application/zip' },
  risalah: { label: 'Arsip Risalah', contentType: 'application/zip' },
  csv: { label: 'Berkas CSV', contentType: 'text/csv; charset=utf-8' },
  png: { label: 'Gambar PNG', contentType: 'image/png' },
  jpeg: { label: 'Gambar JPEG', contentType: 'image/jpeg' },
} as const;
export type DeliveryKind = keyof typeof DELIVERY_KINDS;

export type DeliveryRequest = Readonly<{
  bytes: Buffer;
  /** Suggested name with extension, e.g. "Notula Rakor Kepala OPD 2026-11-27.docx". */
  fileName: string;
  kind: DeliveryKind;
}>;

/**
 * The only way handlers receive a user's file or hand one back. The desktop
 * shell shows dialogs in main; the web shell stages uploads and offers
 * downloads. Handlers never see or return a path.
 */
export type FileGateway = Readonly<{
  stage: (purpose: FilePurpose, name: string, bytes: Buffer) => StagedFile;
  read: (fileId: string) => StagedBytes;
  discard: (fileId: string) => void;
  /** Desktop: main's own open dialog. Web: refused (the renderer uploads instead). */
  pick: (purpose: FilePurpose) => Promise<StagedFile | null>;
  deliver: (request: DeliveryRequest) => Promise<Delivery>;
}>;
