import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { canPrintDocuments, pdfInfo, printDocuments, type DocumentToPrint } from '../support/pdfImages';
import { buildDaftarHadir } from '../../../shared/document/buildDaftarHadir';
import { buildMatriksTindakLanjut } from '../../../shared/document/buildMatriksTindakLanjut';
import { buildNotula } from '../../../shared/document/buildNotula';
import { renderDocx } from '../../../electron/main/export/docxWriter';
import { sampleSource } from '../../fixtures/document/sampleSource';

/*
 * Renders the three documents through LibreOffice and keeps page 1 as PNG under
 * test-results/documents/ for a human to look at; asserts the PDF page sizes.
 */
const OUT = resolve(__dirname, '../../../test-results/documents');

const DOCUMENTS: ReadonlyArray<DocumentToPrint> = [
  { file: 'notula-f4', docx: () => renderDocx(buildNotula(sampleSource())) },
  { file: 'daftar-hadir', docx: () => renderDocx(buildDaftarHadir(sampleSource())) },
  { file: 'matriks', docx: () => renderDocx(buildMatriksTindakLanjut(sampleSource())) },
];

/** LibreOffice rounds the paper to whole millimetres or so: allow 1.5 pt. */
function expectPoints(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThan(1.5);
}

describe.skipIf(!canPrintDocuments)('export/renderCheck (LibreOffice)', () => {
  beforeAll(() => printDocuments(OUT, DOCUMENTS, { pngs: 'first', dpi: 60, timeoutMs: 120_000 }), 180_000);

  it('prints the notula on F4 portrait (215 x 330 mm)', () => {
    const { width, height } = pdfInfo(join(OUT, 'notula-f4.pdf'));
    expectPoints(width, 609.4);
    expectPoints(height, 935.4);
  });

  it('prints the daftar hadir on F4 portrait', () => {
    const { width, height } = pdfInfo(join(OUT, 'daftar-hadir.pdf'));
    expectPoints(width, 609.4);
    expectPoints(height, 935.4);
  });

  it('prints the matriks on F4 landscape', () => {
    const { width, height } = pdfInfo(join(OUT, 'matriks.pdf'));
    expectPoints(width, 935.4);
    expectPoints(height, 609.4);
  });

  it('writes a page-1 PNG of each document', () => {
    for (const { file } of DOCUMENTS) {
      const png = readFileSync(join(OUT, `${file}.png`));
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      // 60 dpi of an F4 side is about 508 x 780 pixels.
      expect(Math.max(png.readUInt32BE(16), png.readUInt32BE(20))).toBeGreaterThan(700);
    }
  });
});

if (!canPrintDocuments) {
  describe('export/renderCheck (LibreOffice)', () => {
    it.skip('SKIPPED: needs soffice (LibreOffice) and pdfinfo/pdftoppm (poppler-utils) on PATH', () => {});
  });
}
