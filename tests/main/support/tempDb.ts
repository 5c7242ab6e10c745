import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../../electron/main/db/connection';
import type { HandlerContext } from '../../../electron/main/ipc/handlerTypes';
import { createWebFileGateway } from '../../../electron/main/files/webFileGateway';

export type TempDb = Readonly<{ db: Db; dir: string; file: string; dispose: () => void }>;

/** A real database file with real migrations in a fresh temp dir. */
export function openTempDb(): TempDb {
  const dir = mkdtempSync(join(tmpdir(), 'risalah-test-'));
  const file = join(dir, 'risalah.db');
  const { db } = openDatabase(file);
  return {
    db,
    dir,
    file,
    dispose: () => {
      if (db.open) db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A handler context over a test database with a controllable clock. */
export function testContext(
  db: Db,
  startMs = Date.UTC(2026, 10, 27, 2, 0),
): HandlerContext & { tick: (ms: number) => void } {
  let now = startMs;
  return {
    db,
    now: () => now,
    actor: 'penguji',
    appInfo: { version: 'test', shell: 'web', dataFile: ':memory:', dataId: '5f0c3a52-6a55-4d8e-9a43-0b9f3f7c1a20' },
    files: createWebFileGateway(),
    tick: (ms: number) => {
      now += ms;
    },
  };
}

/** A folder for a test's own files (documents, PDFs, stand-in programs), removed with the database. */
export function scratchDir(temp: TempDb): string {
  return mkdtempSync(join(temp.dir, 'scratch-'));
}

export type TestContext = ReturnType<typeof testContext>;

/** A fresh openTempDb with a testContext over it: what most dispatch tests start from. */
export function openContextDb(): Readonly<{ temp: TempDb; ctx: TestContext }> {
  const temp = openTempDb();
  return { temp, ctx: testContext(temp.db) };
}
