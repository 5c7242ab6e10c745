import { randomUUID } from 'node:crypto';
import type { StagedFile } from '../../../shared/domain/files';
import { AppError } from '../../../shared/ipc/result';

export type StagedBytes = Readonly<{ name: string; bytes: Buffer }>;

export type StagingArea = Readonly<{
  stage: (name: string, bytes: Buffer) => StagedFile;
  read: (fileId: string) => StagedBytes;
  discard: (fileId: string) => void;
}>;

type Entry = StagedBytes & { stagedAt: number };

/**
 * Staged bytes live in shared memory: handed to a worker (an import check, an archive being
 * unpacked) they are shared, not copied. Copying 50 MB into a postMessage held the main thread,
 * and her saves, for 50-100 ms each time; this copy is made once, as the file arrives.
 */
function inSharedMemory(bytes: Buffer): Buffer {
  if (bytes.buffer instanceof SharedArrayBuffer) return bytes;
  const shared = Buffer.from(new SharedArrayBuffer(bytes.length));
  bytes.copy(shared);
  return shared;
}

/**
 * Files in transit between the user and a handler (an import being previewed,
 * a document to verify). Kept in memory, bounded in total size, dropped after
 * an hour: an import preview and its apply happen minutes apart, not days.
 */
export function createStagingArea(
  options: { maxTotalBytes?: number; ttlMs?: number; now?: () => number } = {},
): StagingArea {
  const maxTotal = options.maxTotalBytes ?? 1024 * 1024 * 1024;
  const ttl = options.ttlMs ?? 60 * 60 * 1000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();

  const evictExpired = () => {
    for (const [id, entry] of entries) if (now() - entry.stagedAt > ttl) entries.delete(id);
  };
  const totalBytes = () => [...entries.values()].reduce((sum, entry) => sum + entry.bytes.length, 0);

  return {
    stage: (name, bytes) => {
      evictExpired();
      // Oldest first make room; a single file larger than the whole area is refused.
      if (bytes.length > maxTotal) throw new AppError('INVALID_INPUT', 'Berkas terlalu besar untuk diproses.');
      for (const id of entries.keys()) {
        if (totalBytes() + bytes.length <= maxTotal) break;
        entries.delete(id);
      }
      const fileId = randomUUID();
      entries.set(fileId, { name, bytes: inSharedMemory(bytes), stagedAt: now() });
      return { fileId, name, size: bytes.length };
    },
    read: (fileId) => {
      evictExpired();
      const entry = entries.get(fileId);
      if (!entry) throw new AppError('NOT_FOUND', 'Berkas sudah tidak tersedia; pilih berkasnya sekali lagi.');
      return { name: entry.name, bytes: entry.bytes };
    },
    discard: (fileId) => {
      entries.delete(fileId);
    },
  };
}
