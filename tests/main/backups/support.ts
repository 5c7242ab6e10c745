import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../../../electron/main/db/connection';
import { createWebFileGateway } from '../../../electron/main/files/webFileGateway';
import { dispatch } from '../../../electron/main/ipc/dispatch';
import type { HandlerContext } from '../../../electron/main/ipc/handlerTypes';
import { startAppData } from '../../../electron/main/services/appDataStartup';
import type { FileChecker } from '../../../electron/main/db/backgroundCheck';
import type { ChannelInput, ChannelOutput, IpcChannel } from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../shared/ipc/result';
import type { FileCheck } from '../../../electron/main/db/integrity';

/**
 * Every row of every table (FTS index included), in rowid order: "equal row for row". A table
 * WITHOUT ROWID (migration 0021's open owners) has no rowid: its rows come in primary-key order.
 */
export function dumpAll(db: Db): Record<string, unknown[]> {
  const tables = db
    .prepare(
      "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index_%' ORDER BY name",
    )
    .all() as Array<{ name: string; sql: string }>;
  return Object.fromEntries(tables.map(({ name, sql }) => [name, db.prepare(rowsInOrder(db, name, sql)).all()]));
}

function rowsInOrder(db: Db, table: string, sql: string): string {
  if (!/WITHOUT\s+ROWID/i.test(sql)) return `SELECT rowid AS _rowid, * FROM "${table}" ORDER BY rowid`;
  const key = db
    .prepare('SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk')
    .pluck()
    .all(table) as string[];
  return `SELECT * FROM "${table}" ORDER BY ${key.map((column) => `"${column}"`).join(', ')}`;
}

export function sha256Of(file: string): string | null {
  return existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : null;
}

/**
 * Damages a copy the way a failing disk does: garbage over part of a b-tree
 * page holding table rows (not the header, so SQLite still opens the file).
 */
export function corruptTablePage(file: string, table = 'minute_sections'): number {
  const db = new Database(file, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const root = (db.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').get(table) as { rootpage: number })
    .rootpage;
  db.close();
  const fd = openSync(file, 'r+');
  try {
    // Keep the first bytes of the page header, overwrite its cell pointers and cells.
    writeSync(fd, Buffer.alloc(Math.floor(pageSize / 2), 0xa5), 0, Math.floor(pageSize / 2), (root - 1) * pageSize + 3);
  } finally {
    closeSync(fd);
  }
  return root;
}

/** Closes every connection to `file` leaving one file (WAL checkpointed into it). */
export function settle(db: Db): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

/** A data folder opened the way both shells open it, with a context whose clock the test moves. */
export function openTestStore(dir: string, start = new Date(2026, 10, 27, 9, 30).getTime(), checker?: FileChecker) {
  const log = { info: () => undefined, error: () => undefined };
  const file = join(dir, 'risalah.db');
  let now = start;
  const started = startAppData(file, log, { now: () => now, ...(checker ? { checker } : {}) });
  const files = createWebFileGateway();
  const ctx: HandlerContext = {
    get db() {
      return started.store.db;
    },
    data: started.store,
    now: () => now,
    actor: 'penguji',
    appInfo: { version: '9.9.9-test', shell: 'web', dataFile: file, dataId: '5f0c3a52-6a55-4d8e-9a43-0b9f3f7c1a20' },
    files,
  };
  return {
    ...started,
    file,
    ctx,
    files,
    log,
    call: <C extends IpcChannel>(channel: C, input: ChannelInput<C>) =>
      dispatch(channel, input, ctx, log) as Promise<IpcResult<ChannelOutput<C>>>,
    setNow: (ms: number) => {
      now = ms;
    },
  };
}

export function valueOf<T>(result: IpcResult<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** A checker the test answers by hand, so "while the check runs" is a state it controls. */
export function heldChecker(): { checker: FileChecker; answer: (verdict: FileCheck) => void } {
  let answer: (verdict: FileCheck) => void = () => undefined;
  const checker: FileChecker = () => new Promise((resolve) => (answer = resolve));
  return { checker, answer: (verdict) => answer(verdict) };
}
