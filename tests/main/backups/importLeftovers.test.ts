import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/main/db/connection';
import { stagePerson, stageUnit } from '../../../electron/main/repositories/masterImportStaging';
import { settle, valueOf } from './support';
import { useTestStores, type TestStore } from './testStores';
import { personInput } from '../../fixtures/masterData/personInput';

/*
 * Issue 15: a sliced import cut off by a crash leaves hidden rows (deleted_at = -1, search
 * entries under no meeting). They must be gone once the app has opened the file for writing,
 * without waiting for the next import, and nothing live may change.
 */
let dir: string;
const stores = useTestStores('risalah-import-leftovers-');

const count = (app: TestStore, sql: string) => (app.ctx.db.prepare(sql).get() as { n: number }).n;

beforeEach(async () => {
  dir = stores.folder();
  const first = stores.open(dir);
  await first.dailyBackup;
  valueOf(await first.call('units:create', { code: 'BAPPEDA', name: 'Bappeda', shortName: 'Bappeda', kind: 'badan' }));
  settle(first.ctx.db);
  // What a kill in the middle of an import leaves: one slice written, never published.
  const { db } = openDatabase(join(dir, 'risalah.db'));
  const ctx = { now: 1, actor: 'impor' };
  db.transaction(() => {
    const unitId = stageUnit(db, { code: 'DINKES', name: 'Dinas Kesehatan', shortName: 'Dinkes', kind: 'dinas' }, ctx);
    stagePerson(db, personInput({ name: 'Pegawai Tersembunyi', position: 'Staf', unitId }), ctx);
  })();
  settle(db);
});

describe('an import cut off by a crash', () => {
  it('leaves no hidden rows once the app has opened the file again, and the live data as it was', async () => {
    const app = stores.open(dir, new Date(2026, 10, 28, 8, 0).getTime());
    await app.store.checked();
    await app.dailyBackup;
    expect(count(app, 'SELECT count(*) AS n FROM people WHERE deleted_at = -1')).toBe(0);
    expect(count(app, 'SELECT count(*) AS n FROM units WHERE deleted_at = -1')).toBe(0);
    expect(count(app, "SELECT count(*) AS n FROM search_keys WHERE meeting_id = 'impor-belum-terbit'")).toBe(0);
    expect(count(app, "SELECT count(*) AS n FROM audit_log WHERE after_json LIKE '%Tersembunyi%'")).toBe(0);
    expect(valueOf(await app.call('units:list', {})).map((unit) => unit.code)).toEqual(['BAPPEDA']);
    expect(count(app, 'SELECT count(*) AS n FROM people')).toBe(0);
  });
});
