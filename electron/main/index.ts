import { app, BrowserWindow, dialog, Menu, shell } from 'electron';
import { join } from 'node:path';
import { createHandlerContext } from './appContext';
import { openDatabase, type Db } from './db/connection';
import { createDesktopFileGateway } from './files/desktopFileGateway';
import { electronDialogs } from './files/electronDialogs';
import { registerIpc } from './ipc/registerIpc';
import { createLogger } from './log';
import { buildMenuTemplate } from './menuTemplate';
import { electronNativeBinding } from './nativeBinding';
import { createMainWindow, rendererEntryUrl } from './windows/mainWindow';

let mainWindow: BrowserWindow | null = null;
let db: Db | null = null;

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

async function start(): Promise<void> {
  const userData = app.getPath('userData');
  const log = createLogger(join(userData, 'logs', 'main.log'));
  const dataFile = join(userData, 'risalah.db');
  try {
    db = openDatabase(dataFile, {
      nativeBinding: electronNativeBinding({
        isPackaged: app.isPackaged,
        resourcesPath: process.resourcesPath,
        appPath: app.getAppPath(),
        electronVersion: process.versions.electron,
      }),
    }).db;
  } catch (error) {
    log.error('database open failed', error);
    dialog.showErrorBox('Risalah tidak dapat membuka data', error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }
  const files = createDesktopFileGateway(electronDialogs(() => mainWindow));
  registerIpc(createHandlerContext(db, 'desktop', dataFile, files), log, rendererEntryUrl());
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate(
        {
          openDataFolder: () => void shell.openPath(userData),
          showAbout: () =>
            void dialog.showMessageBox({ title: 'Tentang Risalah', message: `Risalah ${app.getVersion()}`, detail: 'Notula rapat dan tindak lanjut OPD.' }),
        },
        process.platform === 'darwin',
      ),
    ),
  );
  mainWindow = createMainWindow();
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

// One running copy owns the database file; a second launch just focuses it.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0 && db) mainWindow = createMainWindow();
  });
  app.on('will-quit', () => {
    db?.close();
    db = null;
  });
  void app.whenReady().then(start);
}
