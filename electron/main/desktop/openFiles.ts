import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { checkFileFor, type StagedFile } from '../../../shared/domain/files';
import type { AppEvents, OpenedFilePurpose } from '../../../shared/ipc/events';
import { AppError } from '../../../shared/ipc/result';
import type { OpenFileRequest } from './openFileArgs';

export type OpenFilesDeps = Readonly<{
  /** Copies the file into main's staging area (the file gateway) and names it by id. */
  stageFile: (path: string, purpose: OpenedFilePurpose) => Promise<StagedFile>;
  push: (event: 'app:open-file', payload: AppEvents['app:open-file']) => void;
  /** Tells her, in Indonesian, why a file was not opened (a native message box). */
  warn: (message: string) => void;
  fileSize?: (path: string) => Promise<number>;
}>;

async function sizeOf(path: string): Promise<number> {
  const info = await stat(path);
  if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
  return info.size;
}

function reasonOf(error: unknown): string {
  // The gateway's own refusals (e.g. too large to stage) are already written for her.
  if (error instanceof AppError) return error.message;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'berkas tidak ditemukan.';
  if (code === 'EACCES' || code === 'EPERM') return 'Risalah tidak diizinkan membaca berkas ini.';
  if (code === 'EISDIR') return 'yang dipilih adalah folder, bukan berkas.';
  return 'berkas tidak dapat dibaca.';
}

/**
 * Files handed to the app from outside: checked like an upload, staged in
 * main, then announced to the renderer by id. The path itself never crosses.
 * Returns how many were opened.
 */
export async function openRequestedFiles(
  requests: ReadonlyArray<OpenFileRequest>,
  deps: OpenFilesDeps,
): Promise<number> {
  let opened = 0;
  for (const { path, purpose } of requests) {
    const name = basename(path);
    try {
      const size = await (deps.fileSize ?? sizeOf)(path);
      const refusal = checkFileFor(purpose, name, size);
      if (refusal !== null) {
        deps.warn(`Berkas "${name}" tidak dapat dibuka: ${refusal}`);
        continue;
      }
      const staged = await deps.stageFile(path, purpose);
      deps.push('app:open-file', { fileId: staged.fileId, name: staged.name, purpose });
      opened += 1;
    } catch (error) {
      deps.warn(`Berkas "${name}" tidak dapat dibuka: ${reasonOf(error)}`);
    }
  }
  return opened;
}
