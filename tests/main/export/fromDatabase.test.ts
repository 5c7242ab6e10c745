import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Delivery } from '../../../shared/domain/files';
import type { OfficialDocument } from '../../../shared/document/model';
import { MEETING_TITLE, type PreparedMeeting } from '../../fixtures/document/meetingScript';
import { openPreparedDb, type FollowUpTestContext } from '../support/followUpContext';
import { type TempDb } from '../support/tempDb';
import { labelsWithValues, unreportedMatrixRow } from '../../fixtures/document/printedRows';
import { indexesInOrder, paragraphs, tables } from './docxXml';
import { pdfExportInput } from '../../fixtures/document/pdfExportInput';

/*
 * The documents of a meeting prepared through the app's own channels, exported through
 * documents:export and read back from the bytes the browser would download.
 */
let temp: TempDb;
let ctx: FollowUpTestContext;
let prepared: PreparedMeeting;

beforeEach(async () => ({ temp, ctx, prepared } = await openPreparedDb()));
afterEach(() => temp.dispose());

async function downloaded(delivery: Delivery): Promise<{ name: string; bytes: Buffer }> {
  if (delivery.kind !== 'download') throw new Error(`expected a download, got ${delivery.kind}`);
  const pending = ctx.files.takeDownload(delivery.downloadId);
  if (!pending) throw new Error('download is gone');
  return { name: pending.fileName, bytes: pending.bytes };
}

async function documentXml(bytes: Buffer | Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return (await zip.file('word/document.xml')?.async('string')) ?? '';
}

async function exportOne(
  kind: 'NOTULA' | 'DAFTAR_HADIR' | 'MATRIKS_TINDAK_LANJUT',
  extra: { readyForTte?: boolean; paper?: 'F4' | 'A4' } = {},
) {
  const delivery = await ctx.call('documents:export', {
    meetingId: prepared.meetingId,
    kinds: [kind],
    paper: extra.paper ?? 'F4',
    readyForTte: extra.readyForTte ?? false,
    fileName: '',
  });
  const file = await downloaded(delivery);
  return { ...file, xml: await documentXml(file.bytes) };
}

describe('export/fromDatabase: DOCX of a meeting in the database', () => {
  it('exports the notula with its parts in order, the day name, PUEBI times and formatted NIP', async () => {
    const { name, xml } = await exportOne('NOTULA');
    expect(name).toBe(`Notula ${MEETING_TITLE} 2026-11-27.docx`);
    const texts = paragraphs(xml);
    expect(() =>
      indexesInOrder(texts, [
        'PEMERINTAH KABUPATEN CONTOH',
        'SEKRETARIAT DAERAH',
        'NOTULA',
        'RAKOR KEPALA OPD',
        ...labelsWithValues({
          'Sidang/Rapat': ['Rakor Kepala OPD'],
          'Hari/Tanggal': ['Jumat, 27 November 2026'],
          'Surat Undangan': ['Nomor 000.1.5/412/Setda tanggal 20 November 2026'],
          'Waktu Sidang/Rapat': ['pukul 09.00 s.d. 11.45 WIB'],
          Tempat: ['Ruang Rapat Wakil Bupati'],
          Acara: ['2.\tPaparan capaian intervensi oleh Kepala Dinas Kesehatan;'],
          Ketua: ['Wakil Bupati Contoh (Nama Wakil Bupati Contoh, S.E.)'],
          'Peserta sidang/rapat': ['Sebagaimana daftar hadir terlampir', '(5 orang: hadir 3, diwakili 1, izin 1)'],
        }),
        '1.\tKata Pembukaan',
        '2.\tPembahasan',
        'b.\tPaparan capaian intervensi',
        'Kepala Dinas Kesehatan (H. Doni Purnomo, S.Kom.): Cakupan tablet tambah darah baru 62 persen.',
        '3.\tKeputusan',
        'a.\tData sasaran dipadankan paling lambat 15 Desember 2026.',
        '4.\tTindak Lanjut',
        '5.\tPenutup',
        'Rapat ditutup pukul 11.45 WIB.',
        'Pencatat,',
        'H. Irwan Setiawan, M.Si.',
        'Penata Muda Tingkat I (III/b)',
        'NIP. 19910818 201703 1 008',
        'Pimpinan Sidang/Rapat',
        'WAKIL BUPATI CONTOH,',
        'Nama Wakil Bupati Contoh, S.E.',
      ]),
    ).not.toThrow();
    // The Wakil Bupati signs with gelar and without NIP or pangkat (Pasal 44).
    const signatures = tables(xml).at(-1)?.rows[0] ?? [];
    expect(signatures[1]?.join('\n')).not.toMatch(/NIP|Pembina/);
    expect(xml).not.toContain('Waktu Panggilan');
  });

  it('exports the daftar hadir with the representative signing and the guest with an apostrophe and emoji', async () => {
    const { name, xml } = await exportOne('DAFTAR_HADIR');
    expect(name).toBe(`Daftar Hadir ${MEETING_TITLE} 2026-11-27.docx`);
    const texts = paragraphs(xml);
    expect(() =>
      indexesInOrder(texts, [
        'DAFTAR HADIR',
        'RAKOR KEPALA OPD',
        'Hari/Tanggal',
        'Jumat, 27 November 2026',
        'Waktu',
        'pukul 09.00 s.d. 11.45 WIB',
        'Mengetahui,',
      ]),
    ).not.toThrow();
    const grid = tables(xml).find((table) => table.rows[0]?.some((cell) => cell.includes('Tanda Tangan')));
    expect(grid).toBeDefined();
    const body = (grid?.rows ?? []).slice(1).map((row) => row.map((cell) => cell.join('\n')));
    expect(body[0]?.slice(0, 4)).toEqual([
      '1.',
      'H. Doni Purnomo, S.Kom.\nNIP. 19740312 200303 1 012',
      'Kepala Dinas Kesehatan',
      'Dinas Kesehatan',
    ]);
    expect(body[1]?.slice(0, 3)).toEqual([
      '2.',
      'Hj. Ratna Gunawan\nNIP. 19761202 200607 2 007',
      'Sekretaris Bapperida (mewakili Kepala Badan Bapperida)',
    ]);
    expect(body[1]?.at(-1)).toBe('D');
    expect(body[2]?.join('|')).toContain('3. -');
    // The note typed for Izin prints under the code in Ket. (issue 16).
    expect(body[2]?.at(-1)).toBe('I\nDinas luar kota');
    expect(texts).toContain("Ma'ruf Hidayat 🙂");
    expect(texts.some((text) => text.startsWith('Jumlah: '))).toBe(true);
  });

  it('exports the matriks with one self-contained row per OPD, in the order typed, under the arahan', async () => {
    const { xml } = await exportOne('MATRIKS_TINDAK_LANJUT');
    const grid = tables(xml).find((table) => table.rows[0]?.some((cell) => cell.includes('Penanggung Jawab (OPD)')));
    const rows = (grid?.rows ?? []).slice(2).map((row) => row.map((cell) => cell.join('\n')));
    const arahan = 'Data sasaran dipadankan paling lambat 15 Desember 2026.';
    const text = 'Memadankan data keluarga berisiko stunting dengan data kependudukan.';
    expect(rows[0]).toEqual([
      '1.',
      arahan,
      text,
      'Dinas Kesehatan',
      '15 Desember 2026',
      'Dalam Proses',
      'Padan 70 persen.',
      'https://contohkab.go.id/padanan',
      '-',
    ]);
    // The second OPD's row repeats the commitment, so a page break never parts them.
    expect(rows[1]).toEqual(
      unreportedMatrixRow('1.', arahan, text, 'Dinas Kependudukan dan Pencatatan Sipil', '15 Desember 2026'),
    );
    expect(grid?.xml).not.toMatch(/<w:vMerge/);
    expect(rows[2]?.slice(0, 3)).toEqual(['2.', '-', 'Menyusun jadwal rakor triwulan berikutnya.']);
    expect(paragraphs(xml)).toContain('28 November 2026');
  });

  it('exports A4 and "siap TTE" as chosen', async () => {
    const { xml } = await exportOne('NOTULA', { paper: 'A4', readyForTte: true });
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const plainXml = await exportOne('NOTULA');
    expect(plainXml.xml).toMatch(/<w:pgSz w:w="12189" w:h="18709"/);
    // TTE leaves a taller blank space (1701 twips) above the names, and draws nothing in it.
    expect(xml).toContain('w:line="1701"');
    expect(plainXml.xml).not.toContain('w:line="1701"');
  });

  it('packs several documents into one ZIP named after the meeting, with a typed name cleaned of forbidden characters', async () => {
    const delivery = await ctx.call('documents:export', {
      meetingId: prepared.meetingId,
      kinds: ['NOTULA', 'DAFTAR_HADIR', 'MATRIKS_TINDAK_LANJUT'],
      paper: 'F4',
      readyForTte: false,
      fileName: 'Rakor: November/2026?',
    });
    const { name, bytes } = await downloaded(delivery);
    expect(name).toBe('Rakor- November-2026.zip');
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files).sort()).toEqual([
      `Daftar Hadir ${MEETING_TITLE} 2026-11-27.docx`,
      `Matriks Tindak Lanjut ${MEETING_TITLE} 2026-11-27.docx`,
      `Notula ${MEETING_TITLE} 2026-11-27.docx`,
    ]);
    const notula = await zip.file(`Notula ${MEETING_TITLE} 2026-11-27.docx`)?.async('uint8array');
    expect(paragraphs(await documentXml(notula ?? new Uint8Array()))).toContain('Jumat, 27 November 2026');
  });
});

describe('ipc/documents: dispatch', () => {
  it('previews the model the renderer draws, with the effective paper and TTE choice', async () => {
    const preview = await ctx.call('documents:preview', {
      meetingId: prepared.meetingId,
      kind: 'MATRIKS_TINDAK_LANJUT',
    });
    const doc: OfficialDocument = preview.document;
    expect(doc.kind).toBe('MATRIKS_TINDAK_LANJUT');
    expect(doc.page).toMatchObject({ paper: 'F4', orientation: 'landscape', width: 18709, height: 12189 });
    expect(preview).toMatchObject({ paper: 'F4', readyForTte: false });
    const a4 = await ctx.call('documents:preview', {
      meetingId: prepared.meetingId,
      kind: 'NOTULA',
      paper: 'A4',
      readyForTte: true,
    });
    expect(a4).toMatchObject({ paper: 'A4', readyForTte: true });
    expect(a4.document.blocks.find((block) => block.kind === 'signatures')).toMatchObject({ mode: 'TTE' });
  });

  it('refuses bad input with Indonesian messages and leaves nothing behind', async () => {
    expect(
      await ctx.fail('documents:export', {
        meetingId: prepared.meetingId,
        kinds: [],
        paper: 'F4',
        readyForTte: false,
        fileName: '',
      }),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      message: 'Pilih sedikitnya satu dokumen.',
    });
    expect(
      await ctx.fail('documents:export', {
        meetingId: prepared.meetingId,
        kinds: ['NOTULA', 'NOTULA'],
        paper: 'F4',
        readyForTte: false,
        fileName: '',
      }),
    ).toMatchObject({ message: 'Setiap dokumen cukup dipilih sekali.' });
    expect(await ctx.fail('documents:preview', { meetingId: prepared.meetingId, kind: 'NOTULEN' })).toMatchObject({
      message: 'Jenis dokumen harus Notula, Daftar Hadir, Matriks Tindak Lanjut, atau Surat Undangan.',
    });
    expect(
      await ctx.fail('documents:preview', { meetingId: prepared.meetingId, kind: 'NOTULA', paper: 'Letter' }),
    ).toMatchObject({
      message: 'Ukuran kertas harus F4 atau A4.',
    });
    expect(
      await ctx.fail('documents:preview', { meetingId: prepared.meetingId, kind: 'NOTULA', path: '/etc/passwd' }),
    ).toMatchObject({ code: 'INVALID_INPUT' });
    expect(
      await ctx.fail('documents:preview', { meetingId: '00000000-0000-4000-8000-000000000000', kind: 'NOTULA' }),
    ).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Rapat tidak ditemukan; mungkin sudah dihapus.',
    });
  });

  it('refuses the desktop PDF in the web shell and points to the browser print', async () => {
    const refusal = await ctx.fail('documents:export-pdf', pdfExportInput(prepared.meetingId, 'NOTULA'));
    expect(refusal.code).toBe('FORBIDDEN');
    expect(refusal.message).toContain('Simpan sebagai PDF');
  });
});
