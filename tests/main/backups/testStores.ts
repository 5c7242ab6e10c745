import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { FileChecker } from '../../../electron/main/db/backgroundCheck';
import { generateArchive } from '../../bench/archiveGenerator';
import { openTestStore, settle } from './support';

export type TestStore = ReturnType<typeof openTestStore>;

/**
 * The data folders and stores of one test file: `folder()` makes a fresh folder, `open()` opens
 * a store on one as openTestStore does. After each test every store opened is closed (closing
 * twice is harmless) and every folder removed, whatever the test did with them.
 */
export function useTestStores(prefix: string): Readonly<{
  folder: () => string;
  open: (dir: string, start?: number, checker?: FileChecker) => TestStore;
  fresh: (start?: number) => Promise<TestStore>;
  archived: (shape: Parameters<typeof generateArchive>[1]) => Promise<string>;
}> {
  const folders: string[] = [];
  const opened: TestStore[] = [];
  afterEach(() => {
    for (const app of opened.splice(0)) app.store.close();
    for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const folder = (): string => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    folders.push(dir);
    return dir;
  };
  const open = (dir: string, start?: number, checker?: FileChecker): TestStore => {
    const app = openTestStore(dir, start, checker);
    opened.push(app);
    return app;
  };
  // A store on a fresh folder once the day's first backup is made: where most backup tests start.
  const fresh = async (start?: number): Promise<TestStore> => {
    const app = open(folder(), start);
    await app.dailyBackup;
    return app;
  };
  return {
    folder,
    open,
    fresh,
    // A folder whose file holds a generated archive, checkpointed: what a start-up check reads.
    archived: async (shape) => {
      const app = await fresh();
      generateArchive(app.ctx.db, shape);
      settle(app.ctx.db);
      return app.store.dataDir;
    },
  };
}

/**
 * A fresh store before each test of the file (useTestStores' `fresh`, then `prepare` on it):
 * `current.app` and its data folder `current.dir`. A test that reopens the folder puts the new
 * store in `current.app`; the hooks of useTestStores close both.
 */
export function useFreshStoreEach(
  prefix: string,
  prepare: (app: TestStore) => void = () => undefined,
): Readonly<{ stores: ReturnType<typeof useTestStores>; current: { app: TestStore; dir: string } }> {
  const stores = useTestStores(prefix);
  const current = {} as { app: TestStore; dir: string };
  beforeEach(async () => {
    current.app = await stores.fresh();
    current.dir = current.app.store.dataDir;
    prepare(current.app);
  });
  return { stores, current };
}
