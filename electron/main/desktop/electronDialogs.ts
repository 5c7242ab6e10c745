import { app, BrowserWindow, dialog } from 'electron';
import { readFile, writeFile } from 'node:fs/promises';
import { dialogPathsIn, type DialogPaths } from './dialogPaths';
import type { DesktopDialogs } from '../files/desktopFileGateway';

/** The real dialogs, attached to the app window so they are modal to it. */
export function electronDialogs(getWindow: () => BrowserWindow | null): DesktopDialogs {
  // Start folders, safe names, the extension GTK forgets, last folder per kind (desktop/dialogPaths.ts).
  let memo: DialogPaths | null = null;
  const paths = () => (memo ??= dialogPathsIn(app.getPath('userData'), () => app.getPath('documents')));
  return {
    showOpenDialog: async ({ title, filters }) => {
      const window = getWindow();
      const extensions = filters.flatMap((filter) => filter.extensions);
      const options = {
        title,
        filters,
        defaultPath: paths().openDefaultPath(extensions),
        properties: ['openFile' as const],
      };
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      const chosen = result.canceled ? undefined : result.filePaths[0];
      if (chosen) paths().opened(chosen, extensions);
      return chosen ?? null;
    },
    showSaveDialog: async ({ title, defaultPath, filters }) => {
      const window = getWindow();
      const options = {
        title,
        defaultPath,
        filters,
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      };
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : paths().saved(result.filePath, defaultPath);
    },
    readFile: (path) => readFile(path),
    writeFile: (path, bytes) => writeFile(path, bytes),
    defaultSavePath: (fileName) => paths().saveDefaultPath(fileName),
  };
}
