import { afterEach, beforeEach } from 'vitest';
import { openTempDb, type TempDb } from './tempDb';

/**
 * A fresh openTempDb for each test of the file, removed after it: `const temp = useTempDb()` at
 * the top, then `temp.db` in the tests reads the current test's database. (Its own file: the
 * benches load tempDb.ts, which must not import vitest.)
 */
export function useTempDb(): TempDb {
  let current: TempDb | undefined;
  beforeEach(() => {
    current = openTempDb();
  });
  afterEach(() => current?.dispose());
  const opened = (): TempDb => {
    if (!current) throw new Error('the database opens in beforeEach: read it inside a test');
    return current;
  };
  return {
    get db() {
      return opened().db;
    },
    get dir() {
      return opened().dir;
    },
    get file() {
      return opened().file;
    },
    dispose: () => opened().dispose(),
  };
}
