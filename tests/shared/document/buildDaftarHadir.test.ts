import { describe, expect, it } from 'vitest';
import { buildDaftarHadir } from '../../../shared/document/buildDaftarHadir';
import { sampleSource } from '../../fixtures/document/sampleSource';
import { cellText, identityLabels, identityValue, printedText, signaturesOf, tableOf, textOf } from './modelText';

describe('document/buildDaftarHadir', () => {
  it('heads the list with kop, title and the meeting identity', () => {
    const doc = buildDaftarHadir(sampleSource());
    expect(doc.blocks.map((block) => block.kind)).toEqual([
      'letterhead',
      'title',
      'identity',
      'spacer',
      'table',
      'paragraph',
      'paragraph',
      'signatures',
    ]);
    const title = doc.blocks[1];
    expect(title?.kind === 'title' && title.lines.map(textOf)).toEqual([
      'DAFTAR HADIR',
      'RAPAT KOORDINASI PERCEPATAN PENURUNAN STUNTING',
    ]);
    expect(identityLabels(doc)).toEqual(['Hari/Tanggal', 'Waktu', 'Tempat', 'Acara']);
    expect(identityValue(doc, 'Waktu')).toBe('pukul 09.00 s.d. 11.45 WIB');
    expect(doc.page.orientation).toBe('portrait');
  });

  it('has the columns of notula-format.md §3 with a two-part signature column', () => {
    const [header] = tableOf(buildDaftarHadir(sampleSource())).headerRows;
    expect(header?.cells.map(cellText)).toEqual([
      'No',
      'Nama / NIP',
      'Jabatan',
      'Instansi/Unit Kerja',
      'Tanda Tangan',
      'Ket.',
    ]);
    expect(header?.cells[4]?.columnSpan).toBe(2);
    expect(tableOf(buildDaftarHadir(sampleSource())).columnWidths).toHaveLength(7);
  });

  it('zig-zags the signatures: each odd row opens a pair merged over two rows, left at the top, right at the bottom', () => {
    const rows = tableOf(buildDaftarHadir(sampleSource())).bodyRows;
    const [first, second, third] = rows;
    expect(first?.cells).toHaveLength(7);
    expect(second?.cells).toHaveLength(5);
    const [left, right] = [first?.cells[4], first?.cells[5]];
    expect(left).toMatchObject({ rowSpan: 2, verticalAlign: 'top', openSides: ['right'] });
    expect(right).toMatchObject({ rowSpan: 2, verticalAlign: 'bottom', openSides: ['left'] });
    expect(cellText(left)).toBe('1. ......');
    expect(cellText(right)).toBe('2. ......');
    expect(cellText(third?.cells[4])).toBe('3. ......');
    expect(first?.keepWithNext).toBe(true);
    expect(second?.keepWithNext).toBe(false);
  });

  it('prints name and grouped NIP, the representative for a seat marked Diwakili, and "-" for the excused', () => {
    const rows = tableOf(buildDaftarHadir(sampleSource())).bodyRows;
    expect(cellText(rows[0]?.cells[1])).toBe('Hasan Wijaya, S.Kom.|NIP. 19751013 200506 1 006');
    expect(cellText(rows[0]?.cells[6])).toBe('H');
    const represented = rows[20];
    expect(cellText(represented?.cells[1])).toBe('Hj. Desi Purnomo, S.Kom.|NIP. 19800905 200905 2 003');
    expect(cellText(represented?.cells[2])).toBe('Sekretaris Diskominfo (mewakili Kepala Dinas Diskominfo)');
    expect(cellText(represented?.cells[6])).toBe('D');
    const excused = rows[23];
    expect(cellText(excused?.cells.at(-1))).toBe('I');
    // Row 24 is the bottom of the pair opened by row 23: its mark sits in row 23's right cell.
    expect(cellText(rows[22]?.cells[5])).toBe('24. -');
  });

  it('prints the note typed for Izin, Sakit, Dinas Luar and Cuti under the code in Ket., never for Hadir (issue 16)', () => {
    const base = sampleSource();
    const noted = (status: (typeof base.attendance)[number]['status'], note: string) => ({
      ...base.attendance[0]!,
      status,
      note,
    });
    const attendance = [
      noted('IZIN', 'Mendampingi kunjungan Gubernur'),
      noted('DINAS_LUAR', 'SPT No. 800.1.11/245/Setda'),
      noted('SAKIT', 'Rawat inap'),
      noted('CUTI', 'Cuti tahunan'),
      noted('HADIR', 'catatan internal'),
    ];
    const rows = tableOf(buildDaftarHadir(sampleSource({ attendance }))).bodyRows;
    expect(rows.slice(0, 5).map((row) => cellText(row.cells.at(-1)))).toEqual([
      'I|Mendampingi kunjungan Gubernur',
      'DL|SPT No. 800.1.11/245/Setda',
      'S|Rawat inap',
      'C|Cuti tahunan',
      'H',
    ]);
  });

  it('prints "NIP. -" for a guest and a non-ASN representative without NIP, never an empty NIP line', () => {
    const source = sampleSource();
    const guest = {
      name: 'Rina Marlina',
      nip: null,
      rankLabel: null,
      position: 'Ketua',
      unit: 'Forum Anak Daerah',
      status: 'HADIR',
      representative: null,
      arrivalTime: '09:05',
      note: '',
    } as const;
    const seat = source.attendance[20];
    if (!seat) throw new Error('sample without a represented seat');
    const byNonAsn = { ...seat, representative: { name: 'Yusuf Hamdani', nip: '', position: 'Tenaga Ahli' } };
    const doc = buildDaftarHadir({ ...source, attendance: [guest, byNonAsn] });
    const rows = tableOf(doc).bodyRows;
    expect(cellText(rows[0]?.cells[1])).toBe('Rina Marlina|NIP. -');
    expect(cellText(rows[1]?.cells[1])).toBe('Yusuf Hamdani|NIP. -');
    // The blank rows to be filled by hand carry no NIP line at all.
    expect(cellText(rows[2]?.cells[1])).toBe('');
    expect(
      rows.flatMap((row) => row.cells[1]?.paragraphs.map(textOf) ?? []).filter((line) => /^NIP\.\s*$/.test(line)),
    ).toEqual([]);
  });

  it('leaves an even number of numbered blank rows, at least four', () => {
    const rows = tableOf(buildDaftarHadir(sampleSource())).bodyRows;
    expect(rows).toHaveLength(28);
    expect(cellText(rows[27]?.cells[0])).toBe('28.');
    expect(cellText(rows[27]?.cells[1])).toBe('');
    const odd = tableOf(buildDaftarHadir(sampleSource({ attendance: sampleSource().attendance.slice(0, 3) }))).bodyRows;
    expect(odd).toHaveLength(8);
  });

  it('totals every status and explains the codes, then the chair signs "Mengetahui"', () => {
    const doc = buildDaftarHadir(sampleSource());
    const printed = printedText(doc);
    expect(printed).toContain('Jumlah: Hadir 20 orang; Diwakili 3; Izin 1; Sakit 0; Dinas Luar 0; Tanpa Keterangan 0');
    expect(printed).toContain(
      'Keterangan: H = Hadir, D = Diwakili, I = Izin, S = Sakit, DL = Dinas Luar, C = Cuti, TK = Tanpa Keterangan',
    );
    expect(signaturesOf(doc).columns).toEqual([
      null,
      expect.objectContaining({
        headLines: ['Mengetahui,', 'Pimpinan Rapat', 'WAKIL BUPATI CONTOH,'],
        name: 'Nama Wakil Bupati Contoh, S.E.',
        detailLines: [],
      }),
    ]);
  });

  it('renders an empty meeting as blank rows only', () => {
    const doc = buildDaftarHadir(sampleSource({ attendance: [] }));
    const rows = tableOf(doc).bodyRows;
    expect(rows).toHaveLength(4);
    expect(rows.map((row) => cellText(row.cells[0]))).toEqual(['1.', '2.', '3.', '4.']);
    expect(printedText(doc)).toContain(
      'Jumlah: Hadir 0 orang; Diwakili 0; Izin 0; Sakit 0; Dinas Luar 0; Tanpa Keterangan 0',
    );
  });

  it('turns landscape when the Pangkat/Gol. column is added', () => {
    const doc = buildDaftarHadir(sampleSource({ options: { ...sampleSource().options, attendanceShowsRank: true } }));
    expect(doc.page).toMatchObject({ orientation: 'landscape', width: 18709, height: 12189 });
    expect(tableOf(doc).headerRows[0]?.cells.map(cellText)).toEqual([
      'No',
      'Nama / NIP',
      'Pangkat/Gol.',
      'Jabatan',
      'Instansi/Unit Kerja',
      'Tanda Tangan',
      'Ket.',
    ]);
    expect(cellText(tableOf(doc).bodyRows[0]?.cells[2])).toBe('Pembina Tingkat I (IV/b)');
  });
});
