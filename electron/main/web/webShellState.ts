import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Beside risalah.db: the port and token the web shell used last for this data folder. */
export const WEB_SHELL_FILE = 'web-shell.json';

export type WebShellState = Readonly<{ port: number; token: string }>;

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{32}$/;

/** 24 random bytes (192 bits), base64url: 32 characters. */
export function newWebToken(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * What the last run of this data folder used; null when there was none or the file is not
 * ours. A damaged file only costs a new port and token: it must never stop the start.
 */
export function readWebShellState(dataDir: string): WebShellState | null {
  try {
    const raw = JSON.parse(readFileSync(join(dataDir, WEB_SHELL_FILE), 'utf8')) as { port?: unknown; token?: unknown };
    const { port, token } = raw;
    if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65535) return null;
    if (typeof token !== 'string' || !TOKEN_PATTERN.test(token)) return null;
    return { port, token };
  } catch {
    return null;
  }
}

/**
 * Remembered so that the next start keeps the browser's origin (its storage, so the crash
 * journal) and the open tab's token. Readable by the owner only (0600), like a key: whoever
 * can read it can call the API while the server runs (see docs/SECURITY.md).
 */
export function writeWebShellState(dataDir: string, state: WebShellState): void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, WEB_SHELL_FILE);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`, { encoding: 'utf8', mode: 0o600 });
  renameSync(temporary, file);
}
