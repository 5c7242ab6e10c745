import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/main/ipc/dispatch';
import type { Logger } from '../../../electron/main/log';
import { getInstansi, updateInstansi } from '../../../electron/main/repositories/settingsRepository';
import { listAuditForEntity } from '../../../electron/main/repositories/auditRepository';
import { DEFAULT_INSTANSI, type InstansiProfile } from '../../../shared/domain/instansi';
import { openTempDb, testContext, type TempDb } from '../support/tempDb';

let temp: TempDb;
const log: Logger = { info: vi.fn(), error: vi.fn() };
const logo = `data:image/png;base64,${readFileSync(join(__dirname, '../../fixtures/masterData/lambang-contoh.png')).toString('base64')}`;

const LEBONG: InstansiProfile = {
  ...DEFAULT_INSTANSI,
  kopLines: ['PEMERINTAH KABUPATEN LEBONG', 'SEKRETARIAT DAERAH'],
  address: 'Jalan Raya Tes No. 1, Tubei',
  phone: '(0732) 123456',
  email: 'setda@lebongkab.go.id',
  website: 'lebongkab.go.id',
  logoDataUrl: logo,
  paper: 'A4',
  timeZone: 'Asia/Jakarta',
  titleLabel: 'NOTULEN',
  city: 'Tubei',
  signatureLayout: 'PIMPINAN_KIRI',
  notula: { ...DEFAULT_INSTANSI.notula, layout: 'LAMA', showPlaceDateLine: true },
};

beforeEach(() => {
  temp = openTempDb();
});
afterEach(() => temp.dispose());

describe('repositories/settingsRepository', () => {
  it('answers the defaults (F4, Arial, NOTULA, notulis left) before anything is saved', () => {
    expect(getInstansi(temp.db)).toEqual(DEFAULT_INSTANSI);
    expect(getInstansi(temp.db)).toMatchObject({
      paper: 'F4',
      fontFamily: 'Arial',
      titleLabel: 'NOTULA',
      signatureLayout: 'NOTULIS_KIRI',
    });
  });

  it('saves the whole profile and audits it without copying the logo into the log', () => {
    expect(updateInstansi(temp.db, LEBONG, { now: 5, actor: 'penguji' })).toEqual(LEBONG);
    expect(getInstansi(temp.db)).toEqual(LEBONG);
    expect(listAuditForEntity(temp.db, 'settings', 'instansi')).toHaveLength(1);
    const audit = temp.db.prepare("SELECT after_json FROM audit_log WHERE entity = 'settings'").get() as {
      after_json: string;
    };
    expect(audit.after_json).toContain('PEMERINTAH KABUPATEN LEBONG');
    expect(audit.after_json).not.toContain('iVBORw0KGgo');
  });

  it('fills fields a newer version added with their defaults', () => {
    temp.db
      .prepare("INSERT INTO settings (key, value_json, updated_at) VALUES ('instansi', ?, 1)")
      .run(JSON.stringify({ kopLines: ['PEMERINTAH KABUPATEN LEBONG'], notula: { layout: 'LAMA' } }));
    expect(getInstansi(temp.db)).toMatchObject({
      kopLines: ['PEMERINTAH KABUPATEN LEBONG'],
      paper: 'F4',
      notula: { layout: 'LAMA', showPlace: true },
    });
  });

  it('goes through dispatch: saves a valid profile, refuses a bad one and keeps the old', async () => {
    const ctx = testContext(temp.db);
    expect(await dispatch('settings:update-instansi', LEBONG, ctx, log)).toMatchObject({ ok: true });
    const cases: Array<[Partial<InstansiProfile>, RegExp]> = [
      [{ kopLines: [] }, /Isi paling sedikit satu baris kop/],
      [{ kopLines: ['  '] }, /Baris kop wajib diisi/],
      [{ paper: 'Letter' as never }, /Ukuran kertas harus F4 atau A4/],
      [{ timeZone: 'Asia/Singapore' as never }, /Zona waktu harus WIB, WITA, atau WIT/],
      [{ email: 'bukan-email' }, /email instansi tidak valid/],
      [{ logoDataUrl: 'data:image/gif;base64,R0lGODlh' }, /Logo harus berupa gambar PNG atau JPEG/],
      [{ logoDataUrl: 'data:image/png;base64,/9j/AAAA' }, /bukan gambar PNG atau JPEG yang utuh/],
      [
        { logoDataUrl: `data:image/png;base64,iVBORw0KGgo${'A'.repeat(1_500_000)}` },
        /Logo terlalu besar \(1\.1 MB; maks\. 1 MB\)/,
      ],
    ];
    for (const [change, message] of cases) {
      const result = await dispatch('settings:update-instansi', { ...LEBONG, ...change }, ctx, log);
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message } });
    }
    expect(await dispatch('settings:get-instansi', {}, ctx, log)).toEqual({ ok: true, value: LEBONG });
  });
});
