import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export type JsonFileStore<T> = Readonly<{
  read: () => T;
  write: (value: T) => void;
}>;

/**
 * A small JSON file in userData for the shell's own state (window bounds, last
 * folders, reminder dates). A missing or damaged file gives the fallback: this
 * state is a convenience and must never stop the app from starting.
 */
export function createJsonFileStore<T>(
  file: string,
  parse: (raw: unknown) => T | null,
  fallback: () => T,
): JsonFileStore<T> {
  return {
    read: () => {
      try {
        return parse(JSON.parse(readFileSync(file, 'utf8'))) ?? fallback();
      } catch {
        return fallback();
      }
    },
    write: (value) => {
      mkdirSync(dirname(file), { recursive: true });
      // Write then rename, so a crash mid-write leaves the old file, not half a file.
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, `${JSON.stringify(value, null, 2)}\n`, 'utf8');
      renameSync(temporary, file);
    },
  };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
