import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../../electron/main/db/connection';
import { dispatch } from '../../../electron/main/ipc/dispatch';
import type { HandlerContext } from '../../../electron/main/ipc/handlerTypes';
import type { Logger } from '../../../electron/main/log';
import { IMPORT_STOPPED } from '../../../electron/main/services/import/importSlices';
import { ReadWorkers } from '../../../electron/main/workers/readWorkers';
import { openTempDb, testContext, type TempDb } from '../support/tempDb';

/*
 * The import is written hidden in slices (services/import/importSlices.ts) and published at
 * once. Refused or cut off between two slices, it must leave the data exactly as it was:
 * no unit, audit row or search entry of the file, visible or hidden.
 */
const UNITS = 3_000;
const log: Logger = { info: vi.fn(), error: vi.fn() };
let temp: { -readonly [K in keyof TempDb]: TempDb[K] };
let workers: ReadWorkers;

afterEach(async () => {
  await workers.close();
  temp.dispose();
});

function start(): HandlerContext & { fileId: string } {
  temp = openTempDb();
  workers = new ReadWorkers(() => temp.file);
  const ctx: HandlerContext = { ...testContext(temp.db), workers };
  const lines = ['kode,nama,singkatan,jenis'];
  for (let i = 0; i < UNITS; i += 1) lines.push(`OPD${i},Badan Uji ${i},BU${i},badan`);
  return { ...ctx, fileId: ctx.files.stage('import-master', 'opd.csv', Buffer.from(lines.join('\n'))).fileId };
}

const count = (sql: string) => (temp.db.prepare(sql).get() as { n: number }).n;

/** Resolves once the import's first slices are written (hidden). */
async function slicesStarted(): Promise<void> {
  const until = performance.now() + 30_000;
  while (performance.now() < until && count('SELECT count(*) AS n FROM units WHERE deleted_at IS NOT NULL') === 0) {
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

describe('an import refused or stopped between its slices', () => {
  it('refuses the file whole when she adds one of its OPD meanwhile, and leaves only hers', async () => {
    const ctx = start();
    const apply = dispatch('import:apply-master', { fileId: ctx.fileId }, ctx, log);
    await slicesStarted();
    expect(count('SELECT count(*) AS n FROM units WHERE deleted_at IS NOT NULL')).toBeGreaterThan(0);
    expect(count('SELECT count(*) AS n FROM units WHERE deleted_at IS NULL')).toBe(0); // hidden while written
    // Searched here (no worker to start meanwhile), between two slices: the entries are there, hidden.
    const found = await dispatch('search:query', { query: 'badan uji' }, { ...ctx, workers: undefined }, log);
    expect(found).toMatchObject({ ok: true, value: { total: 0 } }); // and not found
    expect(count("SELECT count(*) AS n FROM search_index WHERE search_index MATCH 'uji'")).toBeGreaterThan(0);
    const unit = { code: `OPD${UNITS - 1}`, name: 'Badan Miliknya', shortName: 'BM', kind: 'badan' };
    const hers = await dispatch('units:create', unit, ctx, log);
    expect(hers.ok).toBe(true);
    // Published only if the data is unchanged: checked again, the file now clashes with her OPD.
    expect(await apply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(temp.db.prepare('SELECT name FROM units').all()).toEqual([{ name: 'Badan Miliknya' }]);
    expect(count("SELECT count(*) AS n FROM audit_log WHERE entity = 'unit'")).toBe(1);
    expect(count('SELECT count(*) AS n FROM search_keys')).toBe(1);
    expect(count("SELECT count(*) AS n FROM search_index WHERE search_index MATCH 'uji'")).toBe(0);
  }, 60_000);

  it('stops when the connection closes (shutdown); what it left hidden is gone after the next import', async () => {
    const ctx = start();
    const apply = dispatch('import:apply-master', { fileId: ctx.fileId }, ctx, log);
    await slicesStarted();
    temp.db.close();
    expect(await apply).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: IMPORT_STOPPED } });
    const { db } = openDatabase(temp.file);
    temp.db = db;
    expect(count('SELECT count(*) AS n FROM units WHERE deleted_at IS NULL')).toBe(0);
    expect(count('SELECT count(*) AS n FROM units WHERE deleted_at IS NOT NULL')).toBeGreaterThan(0);
    const again = { ...testContext(db), workers };
    const dinkes = Buffer.from('kode,nama,singkatan,jenis\nDINKES,Dinas Kesehatan,Dinkes,dinas\n');
    const small = again.files.stage('import-master', 'opd.csv', dinkes).fileId;
    expect(await dispatch('import:apply-master', { fileId: small }, again, log)).toMatchObject({
      ok: true,
      value: { unitsCreated: 1 },
    });
    expect(db.prepare('SELECT code FROM units').all()).toEqual([{ code: 'DINKES' }]);
    expect(count("SELECT count(*) AS n FROM audit_log WHERE entity = 'unit'")).toBe(1);
    expect(count('SELECT count(*) AS n FROM search_keys')).toBe(1);
  }, 60_000);
});
