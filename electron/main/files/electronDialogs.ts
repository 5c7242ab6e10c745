import { app, BrowserWindow, dialog } from 'electron';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DesktopDialogs } from './desktopFileGateway';

/** The real dialogs, attached to the app window so they are modal to it. */
export function electronDialogs(getWindow: () => BrowserWindow | null): DesktopDialogs {
  return {
    showOpenDialog: async ({ title, filters }) => {
      const window = getWindow();
      const options = { title, filters, properties: ['openFile' as const] };
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    showSaveDialog: async ({ title, defaultPath, filters }) => {
      const window = getWindow();
      const options = { title, defaultPath, filters };
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    },
    readFile: (path) => readFile(path),
    writeFile: (path, bytes) => writeFile(path, bytes),
    defaultSavePath: (fileName) => join(app.getPath('documents'), fileName),
  };
}
