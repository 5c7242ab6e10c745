import { chmodSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/*
 * The session token lives in the data folder, readable by her account only (0600), never in
 * the database (a backup or an archive she hands over must not carry a live session) and never
 * sent to the renderer. The password is never stored anywhere.
 */
export const SYNC_TOKEN_FILE = 'server-bersama.json';

export type TokenStore = Readonly<{
  read: () => string | null;
  write: (token: string) => void;
  remove: () => void;
}>;

export function fileTokenStore(dataFile: string): TokenStore {
  const file = join(dirname(dataFile), SYNC_TOKEN_FILE);
  return {
    read: () => {
      try {
        const token = (JSON.parse(readFileSync(file, 'utf8')) as { token?: unknown }).token;
        return typeof token === 'string' && token !== '' ? token : null;
      } catch {
        return null;
      }
    },
    write: (token) => {
      const temporary = `${file}.${String(process.pid)}.tmp`;
      writeFileSync(temporary, `${JSON.stringify({ token })}\n`, { encoding: 'utf8', mode: 0o600 });
      chmodSync(temporary, 0o600);
      renameSync(temporary, file);
    },
    remove: () => rmSync(file, { force: true }),
  };
}

/** For tests and a context without a data folder. */
export function memoryTokenStore(): TokenStore {
  let token: string | null = null;
  return {
    read: () => token,
    write: (value) => {
      token = value;
    },
    remove: () => {
      token = null;
    },
  };
}
