import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { EVENTS_READY_CHANNEL, isAppEventName, type AppCommand } from '../../shared/ipc/events';
import { createHandlerContext } from './appContext';
import type { HandlerContext } from './ipc/handlerTypes';
import type { AppDataStore } from './db/dataStore';
import { createEventPusher } from './desktop/eventPusher';
import { createPdfPrinter } from './desktop/printToPdf';
import { createJsonFileStore } from './desktop/jsonFileStore';
import { parseOpenFileArgs, purposeOfPath, type OpenFileRequest } from './desktop/openFileArgs';
import { openRequestedFiles } from './desktop/openFiles';
import { initialWindowState, parseWindowState, trackWindowState, type WindowState } from './desktop/windowState';
import { createDesktopFileGateway } from './files/desktopFileGateway';
import { electronDialogs } from './desktop/electronDialogs';
import { registerIpc } from './windows/registerIpc';
import { createLogger, type Logger } from './log';
import { buildMenuTemplate } from './menuTemplate';
import { electronNativeBinding } from './nativeBinding';
import { startAppData } from './services/appDataStartup';
import { createBackupSchedule, type BackupSchedule } from './services/backupScheduler';
import { createSearchMaintenance, type SearchMaintenance } from './services/searchMaintenance';
import { createDesktopReminderNotifier } from './desktop/desktopNotifications';
import { startDesktopReminders } from './services/followUp/reminders';
import { APP_SCHEME, serveAppRequest } from './windows/appProtocol';
import {
  createMainWindow,
  hardenWebContents,
  rendererEntryUrl,
  rendererRoot,
  trackedWindow,
} from './windows/mainWindow';
import { isAppUrl, isPermissionAllowed } from './windows/securityPolicy';
import { startSync } from './app/syncStartup';

// Must match electron-builder.yml's appId: Windows shows notifications only for a known AppUserModelID.
const APP_ID = 'id.go.pemda.risalah';

let mainWindow: BrowserWindow | null = null;
let data: AppDataStore | null = null;
let backupSchedule: BackupSchedule | null = null;
let searchMaintenance: SearchMaintenance | null = null;
let handlerContext: HandlerContext | null = null;
let log: Logger = createLogger();
const pusher = createEventPusher();
const files = createDesktopFileGateway(electronDialogs(() => mainWindow));
/** Files handed over before the window exists (first launch, macOS open-file before ready). */
let waitingFiles: OpenFileRequest[] = [];

// Before 'ready': app:// must be a standard, secure scheme to get an origin, storage and fetch.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function sendCommand(command: AppCommand): void {
  focusMainWindow();
  pusher.push('app:command', { command });
}

function openFiles(requests: ReadonlyArray<OpenFileRequest>): void {
  if (requests.length === 0) return;
  if (!mainWindow) {
    waitingFiles = [...waitingFiles, ...requests];
    return;
  }
  focusMainWindow();
  void openRequestedFiles(requests, {
    stageFile: async (path, purpose) => files.stage(purpose, basename(path), await readFile(path)),
    push: pusher.push,
    warn: (message) => {
      log.info(message);
      void dialog.showMessageBox({ type: 'warning', title: 'Risalah', message, buttons: ['Tutup'] });
    },
  });
}

function windowStateStore(userData: string) {
  return createJsonFileStore<WindowState | null>(join(userData, 'jendela.json'), parseWindowState, () => null);
}

function openMainWindow(userData: string): void {
  const store = windowStateStore(userData);
  const state = initialWindowState(store.read(), screen.getAllDisplays(), screen.getPrimaryDisplay());
  const window = createMainWindow({
    state,
    devTools: !app.isPackaged,
    log: (message) => log.info(message),
    giveUp: () => {
      dialog.showErrorBox(
        'Risalah berhenti berulang kali',
        'Tampilan Risalah gagal dimuat beberapa kali berturut-turut. Data Anda aman di berkas datanya. Tutup Risalah lalu buka kembali; bila tetap gagal, hubungi pengelola TI.',
      );
      app.quit();
    },
  });
  trackWindowState(trackedWindow(window), (next) => {
    try {
      store.write(next);
    } catch (error) {
      log.error('window state not saved', error);
    }
  });
  // Every new page (first load, reload, recovery page) starts with no listeners.
  pusher.attach(window.webContents);
  window.webContents.on('did-navigate', () => pusher.attach(window.webContents));
  window.on('closed', () => {
    mainWindow = null;
  });
  mainWindow = window;
  const waiting = waitingFiles;
  waitingFiles = [];
  openFiles(waiting);
}

async function start(): Promise<void> {
  const userData = app.getPath('userData');
  log = createLogger(join(userData, 'logs', 'main.log'));
  const dataFile = join(userData, 'risalah.db');
  try {
    // Checks the file first; a damaged one opens in recovery (nothing written) instead of failing.
    const started = startAppData(dataFile, log, {
      nativeBinding: electronNativeBinding({
        isPackaged: app.isPackaged,
        resourcesPath: process.resourcesPath,
        appPath: app.getAppPath(),
        electronVersion: process.versions.electron,
      }),
    });
    data = started.store;
    // Daily backups while the app stays open for days, and one after each approval.
    const schedule = createBackupSchedule(started.store, log);
    backupSchedule = schedule;
    // The search index is merged while she is idle, after the day's first backup has copied the file.
    const maintenance = createSearchMaintenance(started.store, log);
    searchMaintenance = maintenance;
    void started.dailyBackup.then(() => {
      schedule.start();
      maintenance.start();
    });
  } catch (error) {
    log.error('database open failed', error);
    dialog.showErrorBox('Risalah tidak dapat membuka data', error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }
  const entry = rendererEntryUrl();
  const root = rendererRoot();
  protocol.handle(APP_SCHEME, async (request) => {
    const answer = await serveAppRequest(request.method, request.url, root);
    return new Response(answer.body, { status: answer.status, headers: answer.headers });
  });
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionAllowed(permission, details.requestingUrl, entry)),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin, entry),
  );
  handlerContext = createHandlerContext(data, 'desktop', dataFile, files, {
    printToPdf: createPdfPrinter(() => entry),
    backupSchedule: backupSchedule ?? undefined,
    // Risalah Server (issue 20): every minute while she is linked; off the path of her saves.
    sync: startSync(data, dataFile, log),
  });
  registerIpc(handlerContext, log, entry);
  ipcMain.on(EVENTS_READY_CHANNEL, (event, name: unknown) => {
    if (event.senderFrame && isAppUrl(event.senderFrame.url, entry) && isAppEventName(name)) pusher.markReady(name);
  });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate(
        {
          command: sendCommand,
          openDataFolder: () => void shell.openPath(userData),
          showAbout: () =>
            void dialog.showMessageBox({
              title: 'Tentang Risalah',
              message: `Risalah ${app.getVersion()}`,
              detail: 'Notula rapat dan tindak lanjut OPD.',
            }),
        },
        { isMac: process.platform === 'darwin', isDevelopment: !app.isPackaged },
      ),
    ),
  );
  openMainWindow(userData);
  // Follow-up reminders (issue 7): checked hourly, shown once a day; a click opens Tindak Lanjut.
  const store = data;
  // The reminder check records what it showed: it starts once the start-up check allows writing.
  void store.checked().then(() =>
    startDesktopReminders({
      db: () => store.db,
      notifier: createDesktopReminderNotifier(userData, () => sendCommand('follow-up')),
      onError: (error) => log.error('reminder check failed', error),
    }),
  );
}

const argvFiles = (argv: ReadonlyArray<string>, cwd: string) =>
  parseOpenFileArgs(argv, { isPackaged: app.isPackaged, cwd, platform: process.platform });

// One running copy owns the database file; a second launch focuses it and hands over its files.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  waitingFiles = argvFiles(process.argv, process.cwd());
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, rendererEntryUrl()));
  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusMainWindow();
    openFiles(argvFiles(argv, workingDirectory));
  });
  // macOS hands files over by event (Finder, dock), possibly before 'ready'.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    const purpose = purposeOfPath(path);
    if (purpose) openFiles([{ path, purpose }]);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0 && data) openMainWindow(app.getPath('userData'));
  });
  app.on('will-quit', () => {
    backupSchedule?.stop();
    searchMaintenance?.stop();
    handlerContext?.sync?.stop();
    // Search and import workers only read: ended at once, before the connection closes.
    void handlerContext?.workers?.close();
    data?.close();
    data = null;
  });
  void app.whenReady().then(start);
}
