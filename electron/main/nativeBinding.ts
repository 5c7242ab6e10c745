import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * better-sqlite3 must be compiled for Electron's ABI inside the desktop app,
 * while tests and the web shell use the Node build in node_modules. The
 * Electron build is therefore kept beside, never over, the Node one:
 * packaged, in resources/native; in development, in .native/electron-<version>
 * (made by scripts/nativeModule.mjs before `npm start`).
 */
export function electronNativeBinding(opts: {
  isPackaged: boolean;
  resourcesPath: string;
  appPath: string;
  electronVersion: string;
}): string | undefined {
  const candidate = opts.isPackaged
    ? join(opts.resourcesPath, 'native', 'better_sqlite3.node')
    : join(opts.appPath, '.native', `electron-${opts.electronVersion}`, 'better_sqlite3.node');
  return existsSync(candidate) ? candidate : undefined;
}
