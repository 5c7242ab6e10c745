import { basename } from 'node:path';
import { checkFileFor, FILE_PURPOSES, type FilePurpose } from '../../../shared/domain/files';
import { AppError } from '../../../shared/ipc/result';
import { DELIVERY_KINDS, type FileGateway } from './fileGateway';
import { createStagingArea, type StagingArea } from './stagingArea';

/** The Electron pieces the desktop gateway needs, passed in so it can be tested under Node. */
export type DesktopDialogs = Readonly<{
  showOpenDialog: (options: {
    title: string;
    filters: Array<{ name: string; extensions: string[] }>;
  }) => Promise<string | null>;
  showSaveDialog: (options: {
    title: string;
    defaultPath: string;
    filters: Array<{ name: string; extensions: string[] }>;
  }) => Promise<string | null>;
  readFile: (path: string) => Promise<Buffer>;
  writeFile: (path: string, bytes: Buffer) => Promise<void>;
  /** Where the save dialog starts (e.g. Documents), joined with the suggested name. */
  defaultSavePath: (fileName: string) => string;
}>;

export function createDesktopFileGateway(
  dialogs: DesktopDialogs,
  staging: StagingArea = createStagingArea(),
): FileGateway {
  const stage = (purpose: FilePurpose, name: string, bytes: Buffer) => {
    const problem = checkFileFor(purpose, name, bytes.length);
    if (problem) throw new AppError('INVALID_INPUT', problem);
    return staging.stage(name, bytes);
  };
  return {
    stage,
    read: staging.read,
    discard: staging.discard,
    pick: async (purpose) => {
      const rule = FILE_PURPOSES[purpose];
      const path = await dialogs.showOpenDialog({
        title: 'Pilih berkas',
        filters: [{ name: rule.label, extensions: [...rule.extensions] }],
      });
      if (path === null) return null;
      return stage(purpose, basename(path), await dialogs.readFile(path));
    },
    deliver: async ({ bytes, fileName, kind }) => {
      const extension = fileName.slice(fileName.lastIndexOf('.') + 1);
      const path = await dialogs.showSaveDialog({
        title: 'Simpan berkas',
        defaultPath: dialogs.defaultSavePath(fileName),
        filters: [{ name: DELIVERY_KINDS[kind].label, extensions: [extension] }],
      });
      if (path === null) return { kind: 'cancelled' };
      try {
        await dialogs.writeFile(path, bytes);
      } catch {
        throw new AppError(
          'INTERNAL',
          'Berkas tidak dapat disimpan di lokasi itu. Pilih folder lain atau tutup berkas yang sedang terbuka di Word.',
        );
      }
      return { kind: 'saved', fileName: basename(path) };
    },
  };
}
