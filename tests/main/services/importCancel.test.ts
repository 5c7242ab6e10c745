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

  it('once decided, the rows go live in slices with her saves answered between them; "Batalkan" then comes too late and the file lands whole', async () => {
    const ctx = testContext(temp.db);
    const lines = Array.from({ length: 20_000 }, (_, i) => `Pegawai Uji ${i},Staf Pelaksana`);
    const file = ctx.files.stage('import-master', 'pejabat.csv', Buffer.from(['nama,jabatan', ...lines].join('\n')));
    const applying = dispatch('import:apply-master', { fileId: file.fileId }, ctx, log);
    const decided = () => temp.db.prepare("SELECT 1 FROM settings WHERE key = 'import.publishing'").get() !== undefined;
    while (!decided()) await new Promise((resolve) => setTimeout(resolve, 1));
    // A few slices in: some of the file is live, some still hidden, and her own write is answered.
    while (count('SELECT count(*) AS n FROM people WHERE deleted_at IS NULL') === 0)
      await new Promise((resolve) => setTimeout(resolve, 1));
    expect(count('SELECT count(*) AS n FROM people WHERE deleted_at = -1')).toBeGreaterThan(0);
    const unit = { code: 'BAPPEDA', name: 'Bappeda', shortName: 'Bappeda', kind: 'badan' };
    expect(await dispatch('units:create', unit, ctx, log)).toMatchObject({ ok: true });
    expect(decided()).toBe(true);
    expect(await dispatch('import:cancel-master', {}, ctx, log)).toEqual({ ok: true, value: { cancelled: false } });

    expect(await applying).toMatchObject({ ok: true, value: { peopleCreated: 20_000 } });
    expect(count('SELECT count(*) AS n FROM people WHERE deleted_at IS NULL')).toBe(20_000);
    expect(count("SELECT count(*) AS n FROM search_keys WHERE kind = 'person' AND meeting_id IS NULL")).toBe(20_000);
    expect(count('SELECT count(*) AS n FROM units WHERE deleted_at IS NULL')).toBe(1);
    expect(decided()).toBe(false);
  });

  it('says nothing was cancelled when no import is running', async () => {
    const ctx = testContext(temp.db);
    expect(await dispatch('import:cancel-master', {}, ctx, log)).toEqual({ ok: true, value: { cancelled: false } });
  });
});
