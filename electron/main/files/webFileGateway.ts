import { randomUUID } from 'node:crypto';
import { checkFileFor } from '../../../shared/domain/files';
import { AppError } from '../../../shared/ipc/result';
import { DELIVERY_KINDS, type FileGateway } from './fileGateway';
import { createStagingArea, type StagingArea } from './stagingArea';

export type PendingDownload = Readonly<{ fileName: string; bytes: Buffer; contentType: string }>;

export type WebFileGateway = FileGateway &
  Readonly<{
    /** The web server hands a delivered file to the browser once, then forgets it. */
    takeDownload: (downloadId: string) => PendingDownload | null;
  }>;

export function createWebFileGateway(staging: StagingArea = createStagingArea()): WebFileGateway {
  const downloads = new Map<string, PendingDownload & { at: number }>();
  const DOWNLOAD_TTL_MS = 10 * 60 * 1000;
  return {
    stage: (purpose, name, bytes) => {
      const problem = checkFileFor(purpose, name, bytes.length);
      if (problem) throw new AppError('INVALID_INPUT', problem);
      return staging.stage(name, bytes);
    },
    read: staging.read,
    discard: staging.discard,
    pick: async () => {
      throw new AppError('INVALID_INPUT', 'Di mode server web, pilih berkas lewat tombol unggah.');
    },
    deliver: async ({ bytes, fileName, kind }) => {
      const now = Date.now();
      for (const [id, pending] of downloads) if (now - pending.at > DOWNLOAD_TTL_MS) downloads.delete(id);
      const downloadId = randomUUID();
      downloads.set(downloadId, { fileName, bytes, contentType: DELIVERY_KINDS[kind].contentType, at: now });
      return { kind: 'download', downloadId, fileName };
    },
    takeDownload: (downloadId) => {
      const pending = downloads.get(downloadId);
      if (!pending) return null;
      downloads.delete(downloadId);
      return { fileName: pending.fileName, bytes: pending.bytes, contentType: pending.contentType };
    },
  };
}
