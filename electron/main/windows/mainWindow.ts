import { BrowserWindow, shell, type WebContents } from 'electron';
import { join } from 'node:path';
import { attachCrashRecovery } from '../desktop/crashRecovery';
import { createSecureWindow } from '../desktop/secureWindow';
import { MIN_WINDOW_SIZE, type TrackedWindow, type WindowState } from '../desktop/windowState';
import { appPageUrl } from './appProtocol';
import { isAppUrl, isSafeExternalUrl } from './securityPolicy';

/** electron-vite's dev server in development; else the built renderer over app://. */
function devServerUrl(): string | undefined {
  return process.env['ELECTRON_RENDERER_URL'] || undefined;
}

export function rendererEntryUrl(): string {
  const dev = devServerUrl();
  return dev ? new URL('index.html', `${dev.replace(/\/?$/, '/')}`).toString() : appPageUrl('index.html');
}

export function recoveryPageUrl(): string {
  const dev = devServerUrl();
  return dev ? new URL('recovery.html', `${dev.replace(/\/?$/, '/')}`).toString() : appPageUrl('recovery.html');
}

/** The built renderer folder that app:// serves. */
export function rendererRoot(): string {
  return join(__dirname, '../renderer');
}

/**
 * Navigation and window limits for every webContents the app ever creates
 * (called from app's 'web-contents-created', so nothing escapes them):
 * no new windows (https links go to the system browser), no navigation away
 * from the app's pages, no <webview>.
 */
export function hardenWebContents(contents: WebContents, entryUrl: string): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  const stayInApp = (event: { preventDefault: () => void }, url: string) => {
    if (!isAppUrl(url, entryUrl)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** A failed load is reported by 'did-fail-load' (and recovered there); the promise adds nothing. */
function loadQuietly(window: BrowserWindow, url: string): void {
  window.loadURL(url).catch(() => undefined);
}

/** BrowserWindow as the window-state tracker sees it. */
export function trackedWindow(window: BrowserWindow): TrackedWindow {
  return {
    onMovedOrResized: (listener) => {
      window.on('resize', listener);
      window.on('move', listener);
    },
    onMaximizeToggled: (listener) => {
      window.on('maximize', listener);
      window.on('unmaximize', listener);
    },
    onClose: (listener) => window.on('close', listener),
    getNormalBounds: () => window.getNormalBounds(),
    isMaximized: () => window.isMaximized(),
    isMinimized: () => window.isMinimized(),
    isFullScreen: () => window.isFullScreen(),
  };
}

export type MainWindowOptions = Readonly<{
  state: WindowState;
  /** Developer tools only in development: a packaged app has nothing to inspect for her. */
  devTools: boolean;
  log: (message: string) => void;
  giveUp: () => void;
}>;

/** The main window: its size and state; the hardened preferences come from desktop/secureWindow.ts. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = createSecureWindow(
    {
      ...options.state.bounds,
      minWidth: MIN_WINDOW_SIZE.width,
      minHeight: MIN_WINDOW_SIZE.height,
      show: false,
      title: 'Risalah',
      backgroundColor: '#ffffff',
      autoHideMenuBar: false,
    },
    { devTools: options.devTools, spellcheck: true },
  );
  if (options.state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  const contents = window.webContents;
  attachCrashRecovery(
    {
      onRenderProcessGone: (listener) =>
        contents.on('render-process-gone', (_event, details) => listener(details.reason)),
      onUnresponsive: (listener) => window.on('unresponsive', listener),
      onResponsive: (listener) => window.on('responsive', listener),
      onMainFrameLoadFailed: (listener) =>
        contents.on('did-fail-load', (_event, errorCode, _description, url, isMainFrame) => {
          if (isMainFrame) listener(errorCode, url);
        }),
      currentUrl: () => contents.getURL(),
      loadRecoveryPage: () => loadQuietly(window, recoveryPageUrl()),
      killRenderer: () => contents.forcefullyCrashRenderer(),
    },
    { recoveryUrl: recoveryPageUrl(), log: options.log, giveUp: options.giveUp },
  );

  loadQuietly(window, rendererEntryUrl());
  return window;
}
