import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/main/ipc/dispatch';
import type { Logger } from '../../../electron/main/log';
import type { MasterImportPreview } from '../../../shared/ipc/importContract';
import type { Person, Unit } from '../../../shared/domain/masterData';
import { openContextDb, type TempDb, type TestContext } from '../support/tempDb';
import { fixture, workbook } from './importSupport';

let temp: TempDb;
let ctx: TestContext;
const log: Logger = { info: vi.fn(), error: vi.fn() };

beforeEach(() => ({ temp, ctx } = openContextDb()));
afterEach(() => temp.dispose());

function stage(name: string, bytes: Buffer): string {
  return ctx.files.stage('import-master', name, bytes).fileId;
}
async function preview(name: string, bytes: Buffer): Promise<{ fileId: string; preview: MasterImportPreview }> {
  const fileId = stage(name, bytes);
  const result = await dispatch('import:preview-master', { fileId }, ctx, log);
  if (!result.ok) throw new Error(result.error.message);
  return { fileId, preview: result.value as MasterImportPreview };
}
async function apply(fileId: string) {
  return dispatch('import:apply-master', { fileId }, ctx, log);
}
async function units(): Promise<Unit[]> {
  const result = await dispatch('units:list', { includeInactive: true }, ctx, log);
  return result.ok ? (result.value as Unit[]) : [];
}
async function people(): Promise<Person[]> {
  const result = await dispatch('people:list', { includeInactive: true }, ctx, log);
  return result.ok ? (result.value as Person[]) : [];
}
const count = (table: string) => (temp.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('services/import: CSV', () => {
  it('imports the fixture OPD (comma, UTF-8) and then the officials that refer to them by code', async () => {
    const opd = await preview('opd-contoh.csv', fixture('opd-contoh.csv'));
    expect(opd.preview.format).toEqual({ type: 'csv', delimiter: ',', encoding: 'UTF-8' });
    expect(opd.preview.summary).toEqual({ rows: 42, okRows: 42, errorRows: 0, newUnits: 42, newPeople: 0 });
    expect(count('units')).toBe(0);
    expect(await apply(opd.fileId)).toMatchObject({ ok: true, value: { unitsCreated: 42, peopleCreated: 0 } });
    expect((await units()).find((u) => u.code === 'BAPPEDA')).toMatchObject({
      name: 'Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah',
      shortName: 'Bapperida',
      kind: 'badan',
    });

    const pejabat = await preview('pejabat-contoh.csv', fixture('pejabat-contoh.csv'));
    expect(pejabat.preview.rows.filter((row) => row.status === 'error')).toEqual([]);
    expect(pejabat.preview.summary).toMatchObject({ rows: 76, okRows: 76, newPeople: 76 });
    expect(await apply(pejabat.fileId)).toMatchObject({ ok: true, value: { peopleCreated: 76 } });
    const all = await people();
    expect(all).toHaveLength(76);
    expect(all.find((p) => p.name === 'Sri Wijaya, M.Si.')).toMatchObject({
      nip: '197806182000042012',
      rankCode: 'IV/e',
      position: 'Sekretaris Daerah',
      unitName: 'Sekretariat Daerah',
      isPolitical: false,
    });
    expect(all.find((p) => p.name === 'Nama Bupati Contoh, S.H.')).toMatchObject({
      nip: null,
      rankCode: null,
      isPolitical: true,
    });
    expect(count('audit_log')).toBe(42 + 76);
  });

  it('reads semicolon-separated Windows-1252 with é, ü and apostrophes', async () => {
    // Plain ASCII is valid UTF-8 too: only the delimiter is detected here.
    const unitsPreview = await preview(
      'opd.csv',
      iconv.encode('kode;nama;singkatan;jenis\r\nDINKES;Dinas Kesehatan;Dinkes;dinas\r\n', 'win1252'),
    );
    expect(unitsPreview.preview.format).toMatchObject({ delimiter: ';' });
    await apply(unitsPreview.fileId);

    const peopleText = [
      'nama;nip;pangkat_golongan;jabatan;kode_opd',
      "Ma'ruf Amin Siregar, S.E.;196802041991031005;Pembina (IV/a);Kepala Dinas;DINKES",
      'dr. Renée Müller;197003111998122003;Penata (III/c);Dokter Ahli;DINKES',
    ].join('\r\n');
    const { fileId, preview: checked } = await preview('pejabat.csv', iconv.encode(peopleText, 'win1252'));
    expect(checked.format).toEqual({ type: 'csv', delimiter: ';', encoding: 'Windows-1252' });
    expect(checked.summary).toMatchObject({ okRows: 2, errorRows: 0 });
    await apply(fileId);
    expect((await people()).map((p) => p.name)).toEqual(['dr. Renée Müller', "Ma'ruf Amin Siregar, S.E."]);
  });

  it('reads comma-separated UTF-8 with a BOM and quoted commas', async () => {
    const text =
      '\uFEFFkode,nama,singkatan,jenis\r\nKOMINFO,"Dinas Komunikasi, Informatika, Statistik dan Persandian",Diskominfo,dinas\r\nDISPAR,Dinas Pariwisata Pulau Enggano – Tubei,Dispar,dinas\r\n';
    const { fileId, preview: checked } = await preview('opd.csv', Buffer.from(text, 'utf8'));
    expect(checked.format).toEqual({ type: 'csv', delimiter: ',', encoding: 'UTF-8' });
    expect(checked.rows.map((row) => row.label)).toEqual([
      'Dinas Komunikasi, Informatika, Statistik dan Persandian (KOMINFO)',
      'Dinas Pariwisata Pulau Enggano – Tubei (DISPAR)',
    ]);
    await apply(fileId);
    expect((await units()).map((u) => u.code)).toEqual(['KOMINFO', 'DISPAR']);
  });
});

describe('services/import: XLSX', () => {
  it('imports a workbook with an OPD sheet and an officials sheet in one go', async () => {
    const bytes = await workbook({
      Pejabat: [
        ['Nama', 'NIP', 'Pangkat/Golongan', 'Jabatan', 'Kode OPD', 'No. HP', 'Email'],
        [
          'H. Ahmad Lubis, S.H.',
          '197111261997011002',
          'IV/a',
          'Camat Kota Contoh',
          'KEC-KOTA',
          '0812-1111-2222',
          'ahmad@contoh.go.id',
        ],
        ['Nama Wakil Bupati Contoh, S.E.', null, null, 'Wakil Bupati Contoh', 'SETDA', null, null],
      ],
      OPD: [
        ['Kode', 'Nama', 'Singkatan', 'Jenis'],
        ['SETDA', 'Sekretariat Daerah', 'Setda', 'sekretariat'],
        ['KEC-KOTA', 'Kecamatan Kota Contoh', 'Kec. Kota Contoh', 'kecamatan'],
      ],
    });
    const { fileId, preview: checked } = await preview('master.xlsx', bytes);
    expect(checked.format).toEqual({ type: 'xlsx', delimiter: null, encoding: null });
    expect(checked.summary).toEqual({ rows: 4, okRows: 4, errorRows: 0, newUnits: 2, newPeople: 2 });
    expect(await apply(fileId)).toMatchObject({ ok: true, value: { unitsCreated: 2, peopleCreated: 2 } });
    expect((await people()).find((p) => p.nip === '197111261997011002')).toMatchObject({
      unitName: 'Kecamatan Kota Contoh',
      rankCode: 'IV/a',
      phone: '0812-1111-2222',
      email: 'ahmad@contoh.go.id',
    });
    expect((await people()).find((p) => p.isPolitical)?.name).toBe('Nama Wakil Bupati Contoh, S.E.');
  });

  it('refuses a NIP that Excel stored as a number (its last digits are lost)', async () => {
    const bytes = await workbook({
      Pejabat: [
        ['nama', 'nip', 'jabatan'],
        // Typed into Excel as a number: the double cannot hold 18 digits.
        ['Sri Wijaya', Number('197806182000042012'), 'Sekretaris Daerah'],
      ],
    });
    const { preview: checked } = await preview('pejabat.xlsx', bytes);
    expect(checked.rows[0]).toMatchObject({ status: 'error', line: 2 });
    expect(checked.rows[0]!.reasons[0]).toMatch(/NIP tidak valid: tersimpan sebagai angka di Excel/);
  });

  it('explains a file that is not a workbook', async () => {
    const result = await dispatch(
      'import:preview-master',
      { fileId: stage('rusak.xlsx', Buffer.from('bukan zip')) },
      ctx,
      log,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!result.ok) expect(result.error.message).toMatch(/Berkas Excel tidak dapat dibaca/);
  });
});
