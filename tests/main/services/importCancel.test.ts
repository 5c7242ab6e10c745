import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/main/ipc/dispatch';
import type { Logger } from '../../../electron/main/log';
import { openTempDb, testContext, type TempDb } from '../support/tempDb';

/*
 * Issue 15: "Batalkan" while a big import is written stops it after its current slice; the
 * hidden rows go and nothing of the file is live. With no import running, cancelling says so.
 */
let temp: TempDb;
const log: Logger = { info: vi.fn(), error: vi.fn() };

beforeEach(() => {
  temp = openTempDb();
});
afterEach(() => temp.dispose());

const count = (sql: string) => (temp.db.prepare(sql).get() as { n: number }).n;

describe('cancelling a master-data import', () => {
  it('stops the import while its slices write: it answers that nothing was saved, and nothing was', async () => {
    const ctx = testContext(temp.db);
    const lines = Array.from({ length: 20_000 }, (_, i) => `Pegawai Uji ${i},Staf Pelaksana`);
    const file = ctx.files.stage('import-master', 'pejabat.csv', Buffer.from(['nama,jabatan', ...lines].join('\n')));
    const applying = dispatch('import:apply-master', { fileId: file.fileId }, ctx, log);
    // Once the first slices are written (hidden), she presses "Batalkan".
    while (count('SELECT count(*) AS n FROM people WHERE deleted_at = -1') === 0)
      await new Promise((resolve) => setTimeout(resolve, 1));
    expect(await dispatch('import:cancel-master', {}, ctx, log)).toEqual({ ok: true, value: { cancelled: true } });

    expect(await applying).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'Impor dibatalkan. Tidak ada data yang disimpan.' },
    });
    expect(count('SELECT count(*) AS n FROM people')).toBe(0);
    expect(count("SELECT count(*) AS n FROM search_keys WHERE kind = 'person'")).toBe(0);
    expect(count("SELECT count(*) AS n FROM audit_log WHERE entity = 'person'")).toBe(0);

    // The next import runs normally: the cancel does not stick.
    const small = ctx.files.stage('import-master', 'pejabat.csv', Buffer.from('nama,jabatan\nIbu Sekretaris,Sekda'));
    expect(await dispatch('import:apply-master', { fileId: small.fileId }, ctx, log)).toMatchObject({
      ok: true,
      value: { peopleCreated: 1 },
    });
  });

  it('says nothing was cancelled when no import is running', async () => {
    const ctx = testContext(temp.db);
    expect(await dispatch('import:cancel-master', {}, ctx, log)).toEqual({ ok: true, value: { cancelled: false } });
  });
});
