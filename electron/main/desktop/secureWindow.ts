import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { join } from 'node:path';

/**
 * Every window that loads the app's pages (the main window, the hidden PDF window) is made
 * here, with one set of hardened preferences, so a second window cannot drift from the
 * first. Only what legitimately differs per window is a parameter. The preferences stay a
 * literal at the `new BrowserWindow` call so the static audit (electronegativity) reads them.
 */
export function createSecureWindow(
  options: Omit<BrowserWindowConstructorOptions, 'webPreferences'>,
  per: Readonly<{ devTools: boolean; spellcheck: boolean }>,
): BrowserWindow {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // Middle-click on a link must not open anything (electronegativity AUXCLICK).
      disableBlinkFeatures: 'Auxclick',
      // A document dropped outside a drop zone must not replace the app with file://.
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: per.devTools,
      spellcheck: per.spellcheck,
    },
  });
}
