import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createJsonFileStore, type JsonFileStore } from './jsonFileStore';
import {
  type DialogFolders,
  ensureExtension,
  openKind,
  parseDialogFolders,
  rememberFolder,
  sanitizeFileName,
  saveKind,
  startFolder,
} from './savePaths';

/**
 * The desktop file dialogs' paths (files/electronDialogs.ts asks this):
 * where each dialog starts, the safe proposed name, the extension GTK forgets
 * to add, and the last folder remembered per kind of file. No Electron here,
 * so it is tested under Node.
 */
export type DialogPaths = Readonly<{
  /** The save dialog's defaultPath for a suggested name with extension ("Notula Rakor 27-11-2026.docx"). */
  saveDefaultPath: (fileName: string) => string;
  /** The path to write: what she chose, with the extension added when she typed none; remembers its folder. */
  saved: (chosenPath: string, fileName: string) => string;
  /** The open dialog's defaultPath for files of these extensions. */
  openDefaultPath: (extensions: ReadonlyArray<string>) => string;
  opened: (chosenPath: string, extensions: ReadonlyArray<string>) => void;
}>;

function isFolder(dir: string): boolean {
  try {
    return existsSync(dir) && statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

const kindOfOpen = (extensions: ReadonlyArray<string>) =>
  openKind(
    [...extensions]
      .map((e) => e.toLowerCase())
      .sort()
      .join(','),
  );

export function createDialogPaths(
  store: JsonFileStore<DialogFolders>,
  documentsDir: () => string,
  exists: (dir: string) => boolean = isFolder,
): DialogPaths {
  const remember = (kind: string, chosen: string) => {
    try {
      store.write(rememberFolder(store.read(), kind, chosen));
    } catch {
      // Not remembering a folder is no reason to fail the save she just made.
    }
  };
  return {
    saveDefaultPath: (fileName) => {
      const extension = extensionOf(fileName);
      const name = sanitizeFileName(fileName);
      const folder = startFolder(store.read(), saveKind(extension), documentsDir(), exists);
      return join(folder, extension ? ensureExtension(name, extension) : name);
    },
    saved: (chosenPath, fileName) => {
      const extension = extensionOf(fileName);
      const path = extension ? ensureExtension(chosenPath, extension) : chosenPath;
      remember(saveKind(extension), path);
      return path;
    },
    openDefaultPath: (extensions) => startFolder(store.read(), kindOfOpen(extensions), documentsDir(), exists),
    opened: (chosenPath, extensions) => remember(kindOfOpen(extensions), chosenPath),
  };
}

/** The store in userData: one small JSON of folders, nothing else. */
export function dialogPathsIn(userData: string, documentsDir: () => string): DialogPaths {
  const store = createJsonFileStore<DialogFolders>(
    join(userData, 'folder-dialog.json'),
    parseDialogFolders,
    () => ({}),
  );
  return createDialogPaths(store, documentsDir);
}
