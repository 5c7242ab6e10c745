import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const MISSING = { skip: 'skipped: Electron binary not available' } as const;

/**
 * The Electron executable `npm install` downloaded, or why the desktop smoke test cannot
 * run here. Read the way node_modules/electron/index.js does (path.txt, dist/,
 * ELECTRON_OVERRIDE_DIST_PATH) but without requiring it: Electron 45's index.js starts a
 * download when the binary is missing, which a test must not do.
 */
export function electronExecutable(root: string): { path: string } | { skip: string } {
  const packageDir = join(root, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  if (!override && !name) return MISSING;
  const path = override ? join(override, name || 'electron') : join(packageDir, 'dist', name);
  if (!existsSync(path) || !existsSync(dirname(path))) return MISSING;
  // Electron on Linux needs a display; CI without one should say so rather than fail.
  if (process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY']) {
    return { skip: 'skipped: no display for Electron (run under xvfb-run)' };
  }
  return { path };
}

/** Environment for the app under test: its data folder is a temporary one, never her real one. */
export function isolatedEnv(home: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  // Linux and Windows put userData under these; --user-data-dir (smoke.mts) covers every OS.
  return {
    ...env,
    XDG_CONFIG_HOME: join(home, 'config'),
    APPDATA: join(home, 'appdata'),
    ELECTRON_ENABLE_LOGGING: '1',
  };
}
