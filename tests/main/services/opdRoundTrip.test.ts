import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { UnitId } from '../../../shared/domain/ids';
import { COLUMN, FORM_SHEET } from '../../../electron/main/services/followUp/opdForm';
import { opdFormRequest, takeDelivered } from '../support/followUpContext';
import { countRows, seedCommitment, seedMeeting, seedSeries, seedUnit } from '../support/followUpSeed';
import { useFollowUpDb } from '../support/useTempDb';

const { temp, ctx } = useFollowUpDb();

function world() {
  const db = temp.db;
  const dinkes = seedUnit(db, 'Dinas Kesehatan');
  const pupr = seedUnit(db, 'Dinas PUPR');
  const meeting = seedMeeting(db, '2026-09-25', seedSeries(db), 'Rakor September');
  const vaksin = seedCommitment(db, meeting, 'Percepat vaksinasi', '2026-10-31', [
    [dinkes, 'PROSES'],
    [pupr, 'BELUM'],
  ]);
  const posyandu = seedCommitment(db, meeting, 'Aktifkan posyandu', '2026-12-31', [[dinkes, 'BELUM']]);
  const jalan = seedCommitment(db, meeting, 'Perbaiki jalan', '2026-12-31', [[pupr, 'BELUM']]);
  seedCommitment(db, meeting, 'Sudah beres', '2026-10-01', [[dinkes, 'SELESAI']]);
  return { dinkes, pupr, vaksin, posyandu, jalan };
}

async function exportForm(unitId: UnitId): Promise<ExcelJS.Workbook> {
  const delivery = await ctx.call('followup:request-export', opdFormRequest([unitId]));
  const file = takeDelivered(ctx, delivery);
  expect(file.fileName).toMatch(/^Formulir .+\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
  return workbook;
}

/** The data rows of the form, keyed by the commitment text as printed. */
function rowsByText(workbook: ExcelJS.Workbook): Map<string, ExcelJS.Row> {
  const sheet = workbook.getWorksheet(FORM_SHEET)!;
  const rows = new Map<string, ExcelJS.Row>();
  sheet.eachRow((row) => {
    const text = row.getCell(COLUMN.text).value;
    if (typeof text === 'string' && /^[0-9A-F]{12}$/.test(String(row.getCell(COLUMN.check).value))) rows.set(text, row);
  });
  return rows;
}

async function stage(workbook: ExcelJS.Workbook, name = 'balasan-dinkes.xlsx'): Promise<string> {
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return ctx.files.stage('import-followup', name, bytes).fileId;
}

describe('OPD round trip: the form', () => {
  it('lists one row per open commitment of that OPD with locked, hidden ids and a status list', async () => {
    const w = world();
    const workbook = await exportForm(w.dinkes);
    const sheet = workbook.getWorksheet(FORM_SHEET)!;
    expect(String(sheet.getCell('A2').value)).toBe('OPD: Dinas Kesehatan');
    expect([...rowsByText(workbook).keys()]).toEqual(['Percepat vaksinasi', 'Aktifkan posyandu']);
    expect(sheet.getColumn(COLUMN.commitmentId).hidden).toBe(true);
    expect(sheet.getColumn(COLUMN.check).hidden).toBe(true);
    const first = rowsByText(workbook).get('Percepat vaksinasi')!;
    expect(first.getCell(COLUMN.current).value).toBe('Dalam Proses');
    expect(first.getCell(COLUMN.status).dataValidation?.formulae?.[0]).toBe(
      '"Belum Ditindaklanjuti,Dalam Proses,Selesai,Tidak Dapat Ditindaklanjuti"',
    );
    expect(first.getCell(COLUMN.status).protection?.locked).toBe(false);
    expect(workbook.getWorksheet('risalah')?.state).toBe('veryHidden');
  });

  it('delivers a ZIP of letters and forms for every OPD with open commitments', async () => {
    world();
    const file = takeDelivered(ctx, await ctx.call('followup:request-export', opdFormRequest([], { letter: true })));
    expect(file.fileName).toMatch(/\.zip$/);
    const zip = await JSZip.loadAsync(file.bytes);
    const names = Object.keys(zip.files).sort();
    expect(names).toHaveLength(4);
    expect(names.filter((name) => name.endsWith('.docx'))).toHaveLength(2);
    const letterName = names.find((name) => name.includes('Dinas PUPR') && name.endsWith('.docx'))!;
    const { value: text } = await mammoth.extractRawText({ buffer: await zip.file(letterName)!.async('nodebuffer') });
    expect(text).toContain('Yth. Kepala Dinas PUPR');
    expect(text).toContain('Perbaiki jalan');
    expect(text).toContain('Percepat vaksinasi');
    expect(text).not.toContain('Aktifkan posyandu');
    expect(text).toContain('5 Desember 2026');
    expect(text).toContain('000.1/123/Setda');
  });
});

/** The world above and the form Dinkes was sent, its rows by commitment text, ready for Dinkes to fill in. */
async function dinkesReply() {
  const w = world();
  const workbook = await exportForm(w.dinkes);
  return { w, workbook, rows: rowsByText(workbook) };
}

describe('OPD round trip: importing the reply', () => {
  it('applies a good file atomically as updates, after a preview per row', async () => {
    const { w, workbook, rows } = await dinkesReply();
    const vaksin = rows.get('Percepat vaksinasi')!;
    vaksin.getCell(COLUMN.status).value = 'Selesai';
    vaksin.getCell(COLUMN.progress).value = 'Cakupan 95%, target tercapai';
    vaksin.getCell(COLUMN.percent).value = 100;
    vaksin.getCell(COLUMN.link).value = { text: 'Laporan', hyperlink: 'https://dinkes.example.go.id/laporan.pdf' };
    const fileId = await stage(workbook);

    const preview = await ctx.call('followup:import-preview', { fileId });
    expect(preview).toMatchObject({ unitName: 'Dinas Kesehatan', changes: 1, errors: 0, fileProblems: [] });
    expect(preview.rows.map((row) => [row.commitmentText, row.outcome, row.currentStatus, row.newStatus])).toEqual([
      ['Percepat vaksinasi', 'CHANGE', 'PROSES', 'SELESAI'],
      ['Aktifkan posyandu', 'UNCHANGED', 'BELUM', 'BELUM'],
    ]);
    expect(countRows(temp.db, 'commitment_updates')).toBe(0);

    expect(await ctx.call('followup:import-apply', { fileId, expectedUnitId: w.dinkes })).toEqual({
      applied: 1,
      unitName: 'Dinas Kesehatan',
    });
    const detail = await ctx.call('followup:get', { id: w.vaksin.id });
    expect(detail.owners.map((owner) => [owner.unitName, owner.status])).toEqual([
      ['Dinas Kesehatan', 'SELESAI'],
      ['Dinas PUPR', 'BELUM'],
    ]);
    expect(detail.updates[0]).toMatchObject({
      reportedOn: '2026-11-28',
      text: 'Cakupan 95%, target tercapai',
      percent: 100,
    });
    expect(detail.updates[0]?.evidence).toEqual([
      { kind: 'link', index: 0, url: 'https://dinkes.example.go.id/laporan.pdf' },
    ]);
  });

  it('reports a row whose ids were edited and writes nothing', async () => {
    const { w, workbook, rows } = await dinkesReply();
    rows.get('Percepat vaksinasi')!.getCell(COLUMN.status).value = 'Selesai';
    // Someone typed another commitment's id over this row's id.
    const posyandu = rows.get('Aktifkan posyandu')!;
    posyandu.getCell(COLUMN.commitmentId).value = w.jalan.id;
    posyandu.getCell(COLUMN.status).value = 'Dalam Proses';
    const fileId = await stage(workbook);
    const preview = await ctx.call('followup:import-preview', { fileId });
    expect(preview.errors).toBe(1);
    const bad = preview.rows.find((row) => row.outcome === 'ERROR')!;
    expect(bad.problem).toMatch(/sudah diubah/);
    expect(bad.commitmentText).toBe('Aktifkan posyandu');
    const refused = await ctx.fail('followup:import-apply', { fileId });
    expect(refused).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/1 baris bermasalah.*tidak ada yang disimpan/),
    });
    expect(countRows(temp.db, 'commitment_updates')).toBe(0);
  });

  it('reports rows from another OPD and a file for the wrong OPD, never guessing', async () => {
    const w = world();
    const dinkesForm = await exportForm(w.dinkes);
    const puprForm = await exportForm(w.pupr);
    // A PUPR row pasted into the Dinas Kesehatan form, ids and check code intact.
    const puprRow = rowsByText(puprForm).get('Perbaiki jalan')!;
    const target = dinkesForm.getWorksheet(FORM_SHEET)!.getRow(puprRow.number + 5);
    for (let column = COLUMN.no; column <= COLUMN.check; column += 1)
      target.getCell(column).value = puprRow.getCell(column).value;
    target.getCell(COLUMN.status).value = 'Selesai';
    const fileId = await stage(dinkesForm);
    const preview = await ctx.call('followup:import-preview', { fileId });
    const foreign = preview.rows.find((row) => row.outcome === 'ERROR')!;
    expect(foreign.problem).toBe(
      'Baris ini milik Dinas PUPR, bukan Dinas Kesehatan; kirim baris itu lewat formulir OPD-nya sendiri.',
    );
    expect(await ctx.fail('followup:import-apply', { fileId })).toMatchObject({ code: 'INVALID_INPUT' });

    // The whole PUPR file imported where she said it was Dinas Kesehatan's reply.
    rowsByText(puprForm).get('Perbaiki jalan')!.getCell(COLUMN.status).value = 'Selesai';
    const puprFileId = await stage(puprForm, 'balasan-pupr.xlsx');
    const wrongOpd = await ctx.call('followup:import-preview', { fileId: puprFileId, expectedUnitId: w.dinkes });
    expect(wrongOpd.fileProblems).toEqual(['Berkas ini formulir untuk Dinas PUPR, bukan untuk Dinas Kesehatan.']);
    expect(await ctx.fail('followup:import-apply', { fileId: puprFileId, expectedUnitId: w.dinkes })).toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(countRows(temp.db, 'commitment_updates')).toBe(0);
    // Imported for the right OPD it applies.
    expect(await ctx.call('followup:import-apply', { fileId: puprFileId, expectedUnitId: w.pupr })).toMatchObject({
      applied: 1,
    });
  });

  it('checks statuses, percentages, links and reasons per row', async () => {
    const { workbook, rows } = await dinkesReply();
    const vaksin = rows.get('Percepat vaksinasi')!;
    vaksin.getCell(COLUMN.status).value = 'Hampir selesai';
    const posyandu = rows.get('Aktifkan posyandu')!;
    posyandu.getCell(COLUMN.status).value = 'Tidak Dapat Ditindaklanjuti';
    const preview = await ctx.call('followup:import-preview', { fileId: await stage(workbook) });
    expect(preview.rows.map((row) => row.problem)).toEqual([
      'Status "Hampir selesai" tidak dikenal; pilih salah satu dari daftar.',
      'Untuk "Tidak Dapat Ditindaklanjuti", alasannya wajib ditulis di kolom Perkembangan.',
    ]);
    vaksin.getCell(COLUMN.status).value = 'Dalam Proses';
    vaksin.getCell(COLUMN.percent).value = 150;
    posyandu.getCell(COLUMN.progress).value = 'Kader tidak tersedia';
    posyandu.getCell(COLUMN.link).value = 'drive/folder';
    const again = await ctx.call('followup:import-preview', { fileId: await stage(workbook) });
    expect(again.rows.map((row) => row.problem)).toEqual([
      'Persentase harus di antara 0 dan 100.',
      'Tautan bukti "drive/folder" harus alamat web yang diawali http:// atau https://.',
    ]);
  });

  it('refuses a spreadsheet that is not a Risalah form', async () => {
    world();
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Sheet1').getCell('A1').value = 'Daftar kegiatan';
    const preview = await ctx.call('followup:import-preview', { fileId: await stage(other, 'lain.xlsx') });
    expect(preview.fileProblems[0]).toMatch(/bukan formulir tindak lanjut dari Risalah/);
    const broken = ctx.files.stage('import-followup', 'rusak.xlsx', Buffer.from('bukan zip')).fileId;
    expect(await ctx.fail('followup:import-preview', { fileId: broken })).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/tidak dapat dibaca/),
    });
  });
});
