// Types and channel names only (bundled by the preload).
import type { FilePurpose, StagedFile } from '../domain/files';

export type FilesContract = {
  /** Web shell and drag-and-drop: the renderer sends the bytes it was given, never a path. */
  'files:upload': { input: { purpose: FilePurpose; name: string; dataBase64: string }; output: StagedFile };
  /** Desktop shell: main shows its own open dialog; null when she cancels. */
  'files:pick': { input: { purpose: FilePurpose }; output: StagedFile | null };
  'files:discard': { input: { fileId: string }; output: { fileId: string } };
};

export const FILES_CHANNELS = {
  'files:upload': true,
  'files:pick': true,
  'files:discard': true,
} as const satisfies Record<keyof FilesContract, true>;
