import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Beside risalah.db; both shells keep it in their data folder. */
export const DATA_FOLDER_ID_FILE = 'risalah-folder.json';

const ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A stable id of the data folder, made once and kept in a small file inside it.
 * The renderer keys what it keeps in the browser (the crash journal) by this id rather
 * than by the page's origin, so a restarted server finds the journal again, and two data
 * folders served on the same port never read each other's. It lives in a file, not in
 * the database: it must be readable before the start-up check allows any write, and a
 * restored backup or imported archive is still the same folder on the same device.
 * Should the folder refuse the write (read-only media), a hash of its path is the id.
 */
export function dataFolderId(dir: string): string {
  const file = join(dir, DATA_FOLDER_ID_FILE);
  try {
    const stored = (JSON.parse(readFileSync(file, 'utf8')) as { id?: unknown }).id;
    if (typeof stored === 'string' && ID_PATTERN.test(stored)) return stored;
  } catch {
    // Missing or unreadable: made below.
  }
  const id = randomUUID();
  try {
    mkdirSync(dir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify({ id }, null, 2)}\n`, 'utf8');
    renameSync(temporary, file);
    return id;
  } catch {
    const hex = createHash('sha256').update(resolve(dir)).digest('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
  }
}
