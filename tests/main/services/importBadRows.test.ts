import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/main/ipc/dispatch';
import type { Logger } from '../../../electron/main/log';
import type { MasterImportPreview } from '../../../shared/ipc/importContract';
import { createUnit } from '../../../electron/main/repositories/unitsRepository';
import { createPerson } from '../../../electron/main/repositories/peopleRepository';
import { openContextDb, type TempDb, type TestContext } from '../support/tempDb';
import { sekdaInput } from '../../fixtures/masterData/personInput';

let temp: TempDb;
let ctx: TestContext;
const log: Logger = { info: vi.fn(), error: vi.fn() };

beforeEach(() => {
  ({ temp, ctx } = openContextDb());
  const setda = createUnit(
    temp.db,
    { code: 'SETDA', name: 'Sekretariat Daerah', shortName: 'Setda', kind: 'sekretariat' },
    { now: 1, actor: 't' },
  );
  createPerson(temp.db, sekdaInput(setda.id), { now: 1, actor: 't' });
});
afterEach(() => temp.dispose());

const snapshot = () =>
  temp.db
    .prepare(
      'SELECT (SELECT count(*) FROM units) AS units, (SELECT count(*) FROM people) AS people, (SELECT count(*) FROM audit_log) AS audit',
    )
    .get();

const BAD_FILE = [
  'nama,nip,pangkat_golongan,jabatan,kode_opd',
  '"Budi Santoso, S.E.",196802041991031005,Pembina (IV/a),Kepala Bagian Umum,SETDA',
  ',197003111998122003,Penata (III/c),Analis,SETDA',
  'Ani Lestari,19680204199103100,Penata (III/c),Analis,SETDA',
  'Citra Dewi,196802301991032005,Penata (III/c),Analis,SETDA',
  'Dedi Kurnia,197501012000011001,Penata (III/c),Analis,DINAS-ENTAH',
  'Eka Putri,196802041991031005,Penata (III/c),Analis,SETDA',
  'Sri Wijaya,197806182000042012,Pembina Utama (IV/e),Sekretaris Daerah,SETDA',
  'Fajar,197501012000011002,Kolonel,Analis,SETDA',
].join('\n');

describe('services/import with bad rows', () => {
  it('reports every bad row with its reason, errors first, and writes nothing on apply', async () => {
    const before = snapshot();
    const { fileId } = ctx.files.stage('import-master', 'pejabat.csv', Buffer.from(BAD_FILE, 'utf8'));
    const result = await dispatch('import:preview-master', { fileId }, ctx, log);
    expect(result.ok).toBe(true);
    const preview = (result as { value: MasterImportPreview }).value;
    expect(preview.summary).toEqual({ rows: 8, okRows: 1, errorRows: 7, newUnits: 0, newPeople: 8 });
    const byLine = new Map(preview.rows.map((row) => [row.line, row]));
    expect(byLine.get(2)).toMatchObject({ status: 'ok', reasons: [] });
    expect(byLine.get(3)!.reasons).toEqual(['Nama kosong: kolom nama wajib diisi.']);
    expect(byLine.get(4)!.reasons).toEqual(['NIP tidak valid: NIP harus 18 digit; yang diisi 17 digit.']);
    expect(byLine.get(5)!.reasons[0]).toMatch(
      /^NIP tidak valid: Digit 1–8 NIP harus tanggal lahir TTTTBBHH; 19680230 bukan tanggal/,
    );
    expect(byLine.get(6)!.reasons).toEqual([
      'OPD tidak dikenal: "DINAS-ENTAH" tidak ada di berkas maupun di Data Master.',
    ]);
    expect(byLine.get(7)!.reasons).toEqual(['Duplikat dalam berkas: NIP sama dengan baris 2.']);
    expect(byLine.get(8)!.reasons).toEqual([
      'Sudah ada di data: NIP 19780618 200004 2 012 terdaftar atas nama Sri Wijaya, M.Si..',
    ]);
    expect(byLine.get(9)!.reasons[0]).toMatch(/^Pangkat\/golongan tidak dikenal: "Kolonel"/);
    expect(preview.rows.slice(0, 7).every((row) => row.status === 'error')).toBe(true);
    expect(snapshot()).toEqual(before);

    const applied = await dispatch('import:apply-master', { fileId }, ctx, log);
    expect(applied).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message:
          'Impor dibatalkan: 7 baris bermasalah. Tidak ada data yang disimpan; perbaiki berkasnya lalu periksa lagi.',
      },
    });
    expect(snapshot()).toEqual(before);
  });

  it('checks again on apply: a unit created after the preview makes the import write nothing', async () => {
    const file =
      'kode,nama,singkatan,jenis\nDINKES,Dinas Kesehatan,Dinkes,dinas\nDLH,Dinas Lingkungan Hidup,DLH,dinas\n';
    const { fileId } = ctx.files.stage('import-master', 'opd.csv', Buffer.from(file, 'utf8'));
    const preview = await dispatch('import:preview-master', { fileId }, ctx, log);
    expect(preview).toMatchObject({ ok: true, value: { summary: { errorRows: 0, newUnits: 2 } } });
    createUnit(
      temp.db,
      { code: 'DLH', name: 'Dinas Lingkungan Hidup', shortName: 'DLH', kind: 'dinas' },
      { now: 2, actor: 't' },
    );
    const before = snapshot();
    const applied = await dispatch('import:apply-master', { fileId }, ctx, log);
    expect(applied).toMatchObject({ ok: false, error: { message: /Impor dibatalkan: 1 baris bermasalah/ } });
    expect(snapshot()).toEqual(before);
  });

  it('rolls back everything when a write fails half way', async () => {
    const file =
      'kode,nama,singkatan,jenis\nDINKES,Dinas Kesehatan,Dinkes,dinas\nDLH,Dinas Lingkungan Hidup,DLH,dinas\n';
    const { fileId } = ctx.files.stage('import-master', 'opd.csv', Buffer.from(file, 'utf8'));
    // A trigger that fails on the second insert stands in for a disk or constraint failure.
    temp.db.exec(
      "CREATE TRIGGER fail_second BEFORE INSERT ON units WHEN NEW.code = 'DLH' BEGIN SELECT RAISE(ABORT, 'disk penuh'); END;",
    );
    const before = snapshot();
    const applied = await dispatch('import:apply-master', { fileId }, ctx, log);
    expect(applied).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(snapshot()).toEqual(before);
  });

  it('says so when the header is not recognised or the file has no data rows', async () => {
    const odd = ctx.files.stage('import-master', 'aneh.csv', Buffer.from('foo,bar\n1,2\n', 'utf8'));
    const result = await dispatch('import:preview-master', { fileId: odd.fileId }, ctx, log);
    expect(result).toMatchObject({ ok: true, value: { summary: { errorRows: 1 } } });
    if (result.ok)
      expect((result.value as MasterImportPreview).rows[0]!.reasons[0]).toMatch(/Baris judul tidak dikenali/);
    const empty = ctx.files.stage('import-master', 'kosong.csv', Buffer.from('kode,nama\n', 'utf8'));
    expect(await dispatch('import:preview-master', { fileId: empty.fileId }, ctx, log)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: /tidak berisi baris data/ },
    });
  });

  it('refuses a file id that is not staged', async () => {
    const result = await dispatch('import:apply-master', { fileId: '00000000-0000-4000-8000-000000000000' }, ctx, log);
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: /pilih berkasnya sekali lagi/ } });
  });
});
