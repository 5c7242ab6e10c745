import { posix, win32 } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OpenedFilePurpose } from '../../../shared/ipc/events';

export type OpenFileRequest = Readonly<{ path: string; purpose: OpenedFilePurpose }>;

/** The files Risalah opens when the system hands them over: documents to verify, its own archives. */
const PURPOSE_BY_EXTENSION: Readonly<Record<string, OpenedFilePurpose>> = {
  docx: 'verify',
  pdf: 'verify',
  risalah: 'archive',
};

/** Enough for a handful of files chosen together in Explorer; more is a mistake, not a wish. */
export const MAX_OPEN_FILES = 5;

export function purposeOfPath(path: string): OpenedFilePurpose | null {
  const base = path.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return null;
  return PURPOSE_BY_EXTENSION[base.slice(dot + 1).toLowerCase()] ?? null;
}

function unquote(arg: string): string {
  const trimmed = arg.trim();
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1) : trimmed;
}

function toPath(arg: string, cwd: string, platform: NodeJS.Platform): string | null {
  const path = platform === 'win32' ? win32 : posix;
  if (/^file:\/\//i.test(arg)) {
    // Linux desktop entries (Exec=… %U) pass file URLs.
    try {
      return fileURLToPath(arg, { windows: platform === 'win32' });
    } catch {
      return null;
    }
  }
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) return null;
  return path.resolve(cwd, arg);
}

/**
 * The files in a command line: what the first launch got (process.argv) or
 * what a second launch passed on (`second-instance`). The executable, the app
 * path of a development run, flags and the switches Electron and Chromium add
 * (`--allow-file-access-from-files`, `--original-process-start-time=…`) are
 * not files; relative paths are taken from the launching directory.
 */
export function parseOpenFileArgs(
  argv: ReadonlyArray<string>,
  opts: Readonly<{ isPackaged: boolean; cwd: string; platform: NodeJS.Platform }>,
): OpenFileRequest[] {
  // Packaged: [exe, ...args]. Development: [electron, <app path>, ...args].
  const args = argv.slice(opts.isPackaged ? 1 : 2);
  const seen = new Set<string>();
  const found: OpenFileRequest[] = [];
  for (const raw of args) {
    const arg = unquote(raw);
    if (arg === '' || arg.startsWith('-')) continue;
    const path = toPath(arg, opts.cwd, opts.platform);
    if (path === null) continue;
    const purpose = purposeOfPath(path);
    const key = opts.platform === 'win32' || opts.platform === 'darwin' ? path.toLowerCase() : path;
    if (purpose === null || seen.has(key)) continue;
    seen.add(key);
    found.push({ path, purpose });
    if (found.length === MAX_OPEN_FILES) break;
  }
  return found;
}
