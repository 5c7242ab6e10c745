import { describe, expect, it } from 'vitest';
import { buildMatriksTindakLanjut, MATRIKS_COLUMNS } from '../../../shared/document/buildMatriksTindakLanjut';
import { sampleSource } from '../../fixtures/document/sampleSource';
import { SAMPLE_DUKCAPIL_ROW } from '../../fixtures/document/printedRows';
import { cellText, identityLabels, identityValue, tableOf, textOf } from './modelText';

describe('document/buildMatriksTindakLanjut', () => {
  it('is landscape with the title and columns of notula-format.md §5', () => {
    const doc = buildMatriksTindakLanjut(sampleSource());
    expect(doc.page).toMatchObject({ paper: 'F4', orientation: 'landscape', width: 18709, height: 12189 });
    const title = doc.blocks[1];
    expect(title?.kind === 'title' && title.lines.map(textOf)).toEqual([
      'MATRIKS TINDAK LANJUT',
      'HASIL RAPAT KOORDINASI PERCEPATAN PENURUNAN STUNTING',
    ]);
    const [labels, numbers] = tableOf(doc).headerRows;
    expect(labels?.cells.map(cellText)).toEqual([...MATRIKS_COLUMNS]);
    expect(numbers?.cells.map(cellText)).toEqual(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)']);
    expect(identityLabels(doc)).toEqual(['Hari/Tanggal', 'Waktu', 'Tempat']);
  });

  it('gives each responsible OPD its own self-contained row, the commitment repeated (issue 16)', () => {
    const rows = tableOf(buildMatriksTindakLanjut(sampleSource())).bodyRows;
    expect(rows).toHaveLength(3);
    const [first, second, third] = rows;
    expect(first?.cells.map(cellText)).toEqual([
      '1.',
      'Data sasaran belum padan dengan data kependudukan.',
      'Memadankan data keluarga berisiko stunting dengan data kependudukan.',
      'Dinas Kesehatan',
      '15 Desember 2026',
      'Dalam Proses',
      'Padan 70 persen.',
      'padanan-data-nov.xlsx',
      '-',
    ]);
    expect(rows.flatMap((row) => row.cells).filter((cell) => cell.rowSpan > 1)).toHaveLength(0);
    expect(rows.every((row) => row.cantSplit && !row.keepWithNext)).toBe(true);
    expect(second?.cells.map(cellText)).toEqual(SAMPLE_DUKCAPIL_ROW);
    expect(third?.cells.map(cellText)).toEqual([
      '2.',
      'Cakupan tablet tambah darah remaja putri rendah.',
      'Distribusi tablet tambah darah melalui sekolah.',
      'Dinas Pendidikan dan Kebudayaan',
      '31 Januari 2027',
      'Selesai',
      'Terdistribusi ke 48 sekolah.',
      'https://contohkab.go.id/ttd',
      '-',
    ]);
  });

  it('marks open items past their due date as of the given day, never closed ones', () => {
    const doc = buildMatriksTindakLanjut(sampleSource({ options: { ...sampleSource().options, asOf: '2027-02-01' } }));
    const rows = tableOf(doc).bodyRows;
    expect(cellText(rows[0]?.cells[5])).toBe('Dalam Proses|(Terlambat)');
    expect(cellText(rows[1]?.cells[5])).toBe('Belum Ditindaklanjuti|(Terlambat)');
    expect(cellText(rows[2]?.cells[5])).toBe('Selesai');
    expect(identityValue(doc, 'Keadaan per')).toBe('1 Februari 2027');
  });

  it('says so when there is nothing to follow up', () => {
    const rows = tableOf(buildMatriksTindakLanjut(sampleSource({ commitments: [] }))).bodyRows;
    expect(rows).toHaveLength(1);
    expect(rows[0]?.cells[0]).toMatchObject({ columnSpan: 9 });
    expect(cellText(rows[0]?.cells[0])).toBe('Belum ada tindak lanjut yang dicatat.');
  });

  it('warns about a commitment without owner and a refusal without reason', () => {
    const doc = buildMatriksTindakLanjut(
      sampleSource({
        commitments: [
          { context: '', text: 'Tanpa PJ', dueDate: null, owners: [] },
          {
            context: '',
            text: 'Ditolak',
            dueDate: null,
            owners: [{ unit: 'Bappeda', status: 'TIDAK_DAPAT', progress: '', evidence: [], remarks: '' }],
          },
        ],
      }),
    );
    expect(doc.warnings).toEqual([
      'Tindak lanjut 1 belum punya penanggung jawab.',
      'Tindak lanjut 2 (Bappeda): alasan "Tidak Dapat Ditindaklanjuti" belum diisi.',
    ]);
    expect(cellText(tableOf(doc).bodyRows[0]?.cells[4])).toBe('-');
  });

  it("notes the Sumber dana in each OPD row's Keterangan, after a reason; none printed when not given", () => {
    const source = sampleSource();
    const [first, second] = source.commitments;
    if (!first || !second) throw new Error('sample needs two commitments');
    const withFunding = {
      ...source,
      commitments: [
        { ...first, fundingSource: ' APBD ' },
        {
          ...second,
          owners: second.owners.map((owner) => ({ ...owner, remarks: 'Anggaran belum tersedia.' })),
          fundingSource: 'DAK',
        },
      ],
    };
    const rows = tableOf(buildMatriksTindakLanjut(withFunding)).bodyRows;
    expect(rows.map((row) => cellText(row.cells[8]))).toEqual([
      'Sumber dana: APBD',
      'Sumber dana: APBD',
      'Anggaran belum tersedia.|Sumber dana: DAK',
    ]);
    // A snapshot approved before the field existed has no fundingSource: Keterangan as before.
    const plain = tableOf(buildMatriksTindakLanjut(source)).bodyRows;
    expect(plain.map((row) => cellText(row.cells[8]))).toEqual(['-', '-', '-']);
  });
});
