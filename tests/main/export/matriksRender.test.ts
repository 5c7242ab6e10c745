import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { canPrintDocuments, pdfPages, printDocuments } from '../support/pdfImages';
import { buildDaftarHadir } from '../../../shared/document/buildDaftarHadir';
import { buildMatriksTindakLanjut } from '../../../shared/document/buildMatriksTindakLanjut';
import type { CommitmentOwnerEntry, NotulaSource } from '../../../shared/document/source';
import type { OwnerStatus } from '../../../shared/domain/commitment';
import type { PaperSize } from '../../../shared/domain/instansi';
import { renderDocx } from '../../../electron/main/export/docxWriter';
import { sampleSource } from '../../fixtures/document/sampleSource';

/*
 * Issue 16: the Matriks of a road map that belongs to 31 OPD, rendered through LibreOffice on
 * A4 and F4 and read back page by page (pdftotext -layout). Page PNGs stay under
 * test-results/documents/ for a human to look at.
 */
const OUT = resolve(__dirname, '../../../test-results/documents');

const KINDS = ['Dinas', 'Badan', 'Bagian', 'Kecamatan'] as const;
const STATUSES: ReadonlyArray<OwnerStatus> = ['BELUM', 'PROSES', 'SELESAI', 'TIDAK_DAPAT'];
const UNITS = Array.from(
  { length: 31 },
  (_, index) => `${KINDS[index % 4]} Unit${String(index + 1).padStart(2, '0')} Kabupaten`,
);
const OWNERS: CommitmentOwnerEntry[] = UNITS.map((unit, index) => ({
  unit,
  status: STATUSES[index % 4] ?? 'BELUM',
  progress: index % 4 === 1 ? 'Draf disusun 60%.' : '',
  evidence: [],
  remarks: index % 4 === 3 ? 'Anggaran belum tersedia.' : '',
}));

function source(paper: PaperSize): NotulaSource {
  const base = sampleSource();
  return {
    ...base,
    instansi: { ...base.instansi, paper },
    commitments: [
      {
        context: 'Bupati mengarahkan agar seluruh perangkat daerah menyelaraskan rencana kerja dengan RPJMD.',
        text: 'Menyusun peta jalan reformasi birokrasi tahun 2027 di lingkungan masing-masing.',
        dueDate: '2027-01-31',
        owners: OWNERS,
      },
    ],
  };
}

const FILES = [
  { file: 'matriks-31-a4', paper: 'A4', build: buildMatriksTindakLanjut },
  { file: 'matriks-31-f4', paper: 'F4', build: buildMatriksTindakLanjut },
  { file: 'daftar-hadir-a4', paper: 'A4', build: buildDaftarHadir },
] as const;

function pagesOf(file: string): string[] {
  return pdfPages(join(OUT, `${file}.pdf`));
}

function count(page: string, word: string): number {
  return page.split(word).length - 1;
}

describe.skipIf(!canPrintDocuments)('export/matriksRender (31 owners, LibreOffice)', () => {
  beforeAll(async () => {
    const documents = FILES.map(({ file, paper, build }) => ({ file, docx: () => renderDocx(build(source(paper))) }));
    await printDocuments(OUT, documents, { pngs: 'every', dpi: 50, timeoutMs: 150_000 });
  }, 200_000);

  for (const file of ['matriks-31-a4', 'matriks-31-f4']) {
    it(`${file}: every page has owner rows, each beside its commitment text and arahan`, () => {
      const pages = pagesOf(file);
      expect(pages.length).toBeGreaterThan(1);
      let seen = 0;
      for (const page of pages) {
        const owners = UNITS.filter((unit) => page.includes(unit.split(' ')[1] ?? unit)).length;
        expect(owners).toBeGreaterThan(0);
        // The text and the arahan are printed in every owner row, so at least once per row.
        expect(count(page, 'birokrasi')).toBeGreaterThanOrEqual(owners);
        expect(count(page, 'RPJMD')).toBeGreaterThanOrEqual(owners);
        seen += owners;
      }
      expect(seen).toBe(31);
    });

    it(`${file}: "Ditindaklanjuti" whole, owners in the order given, the figure once`, () => {
      const all = pagesOf(file).join('\n');
      expect(all).toContain('Ditindaklanjuti');
      expect(all).not.toMatch(/Ditindaklanjut\s*\n/);
      expect(all).not.toMatch(/Ditindaklanj\s/);
      const positions = UNITS.map((unit) => all.indexOf(unit.split(' ')[1] ?? unit));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      expect(readFileSync(join(OUT, `${file}.pdf`)).length).toBeGreaterThan(0);
    });
  }

  it('daftar-hadir-a4: the "Ket." header, unit names and NIPs are whole', () => {
    const first = pagesOf('daftar-hadir-a4')[0] ?? '';
    expect(first).toMatch(/Ket\./);
    expect(first).toContain('Penanggulangan');
    // Every NIP printed on one line ("NIP. 19751013 200506 1 006").
    expect(first.match(/NIP\. \d{8} \d{6} \d \d{3}/g)?.length).toBe(first.match(/NIP\./g)?.length);
  });
});
