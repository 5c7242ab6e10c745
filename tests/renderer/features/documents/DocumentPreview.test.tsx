import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildDaftarHadir } from '../../../../shared/document/buildDaftarHadir';
import { buildMatriksTindakLanjut } from '../../../../shared/document/buildMatriksTindakLanjut';
import { buildNotula } from '../../../../shared/document/buildNotula';
import type { OfficialDocument } from '../../../../shared/document/model';
import { DocumentPreview } from '../../../../renderer/src/features/documents/DocumentPreview';
import { paragraphs, renderParts, tables } from '../../../main/export/docxXml';
import { sampleSource, withNotulaOptions } from '../../../fixtures/document/sampleSource';
import { renderWithProviders } from '../../support/renderApp';

/*
 * The HTML writer against the DOCX writer on the same model: the same paragraphs in the same
 * order (labels, values, numbering), and the same table structure (merges, spans).
 */
function htmlParagraphs(root: HTMLElement): string[] {
  return [...root.querySelectorAll<HTMLElement>('.rd-p')].map((p) => {
    const copy = p.cloneNode(true) as HTMLElement;
    const label = copy.querySelector('.rd-label');
    label?.remove();
    copy.querySelectorAll('br').forEach((br) => br.replaceWith('\n'));
    return label ? `${label.textContent ?? ''}\t${copy.textContent ?? ''}` : (copy.textContent ?? '');
  });
}

const meaningful = (texts: ReadonlyArray<string>) =>
  texts.map((text) => text.replace(/\u00a0/g, ' ').trim()).filter((text) => text !== '');

function renderPreview(doc: OfficialDocument) {
  renderWithProviders(<DocumentPreview doc={doc} label="Pratinjau dokumen" />);
  return screen.getByRole('document', { name: 'Pratinjau dokumen' });
}

describe('documents/DocumentPreview: the HTML writer', () => {
  it.each([
    ['Notula (Model Permendagri 1/2023)', () => buildNotula(sampleSource())],
    [
      'Notula (Model lama, siap TTE)',
      () =>
        buildNotula(withNotulaOptions(sampleSource(), { layout: 'LAMA', showPlaceDateLine: true, readyForTte: true })),
    ],
    ['Daftar Hadir', () => buildDaftarHadir(sampleSource())],
    [
      'Matriks Tindak Lanjut',
      () =>
        buildMatriksTindakLanjut(
          sampleSource({ options: { participants: 'TERLAMPIR', attendanceShowsRank: false, asOf: '2027-02-01' } }),
        ),
    ],
  ])('prints the same paragraphs as the DOCX: %s', async (_name, build) => {
    const doc = build();
    const pages = renderPreview(doc);
    const docx = await renderParts(doc);
    const html = meaningful(htmlParagraphs(pages));
    expect(html.length).toBeGreaterThan(20);
    expect(html).toEqual(meaningful(paragraphs(docx.document)));
  });

  it('draws the kop with the emblem, the title and the identity rows of the notula', () => {
    const pages = renderPreview(buildNotula(sampleSource()));
    expect(within(pages).getByRole('img', { name: 'Lambang daerah' })).toHaveAttribute(
      'src',
      expect.stringMatching(/^data:image\/png;base64,/),
    );
    expect(within(pages).getByText('PEMERINTAH KABUPATEN CONTOH')).toBeInTheDocument();
    expect(within(pages).getByText('NOTULA')).toBeInTheDocument();
    expect(within(pages).getByText('Jumat, 27 November 2026')).toBeInTheDocument();
    expect(within(pages).getByText('pukul 09.00 s.d. 11.45 WIB')).toBeInTheDocument();
    // The footer numbers the pages as the DOCX footer does.
    expect(within(pages).getByText('Halaman 1 dari 1')).toBeInTheDocument();
  });

  it('sizes the page from the model: F4 portrait with the official margins', () => {
    const notula = renderPreview(buildNotula(sampleSource()));
    const page = notula.querySelector<HTMLElement>('.rd-page');
    expect(page?.style.width).toBe('609.45pt');
    expect(page?.style.height).toBe('935.45pt');
    expect(page?.style.padding).toBe('56.7pt 56.7pt 70.85pt 85.05pt');
    expect(page?.style.fontFamily).toContain('Liberation Sans');
  });

  it('turns the matriks landscape on the paper chosen', () => {
    const matriks = renderPreview(
      buildMatriksTindakLanjut(sampleSource({ instansi: { ...sampleSource().instansi, paper: 'A4' } })),
    );
    const page = matriks.querySelector<HTMLElement>('.rd-page');
    expect(page?.style.width).toBe('841.9pt');
    expect(page?.style.height).toBe('595.3pt');
  });

  it.each([
    ['Daftar Hadir', () => buildDaftarHadir(sampleSource())],
    ['Matriks Tindak Lanjut', () => buildMatriksTindakLanjut(sampleSource())],
  ])('draws the %s table with the DOCX structure: header, merges and spans', async (_name, build) => {
    const doc = build();
    const pages = renderPreview(doc);
    const grid = pages.querySelector('table.rd-grid') as HTMLTableElement;
    const docxGrid = tables((await renderParts(doc)).document).find((table) => /<w:tblHeader\/>/.test(table.xml));
    const docxXml = docxGrid?.xml ?? '';
    expect(grid.tHead?.rows.length).toBe((docxXml.match(/<w:tblHeader\/>/g) ?? []).length);
    expect(grid.tBodies[0]?.rows.length).toBe((docxGrid?.rows.length ?? 0) - (grid.tHead?.rows.length ?? 0));
    expect(grid.querySelectorAll('td[rowspan]:not([rowspan="1"])').length).toBe(
      (docxXml.match(/<w:vMerge w:val="restart"\/>/g) ?? []).length,
    );
    expect(grid.querySelectorAll('[colspan]:not([colspan="1"])').length).toBe(
      (docxXml.match(/<w:gridSpan /g) ?? []).length,
    );
    const model = doc.blocks.find((block) => block.kind === 'table');
    expect(grid.querySelectorAll('col').length).toBe(model?.kind === 'table' ? model.columnWidths.length : -1);
  });

  it('leaves the zig-zag pair of signature cells open towards each other', () => {
    const pages = renderPreview(buildDaftarHadir(sampleSource()));
    const firstRow = pages.querySelector('table.rd-grid tbody tr') as HTMLTableRowElement;
    const [top, bottom] = [...firstRow.cells].filter(
      (cell) => cell.rowSpan === 2 && /^\d+\. /.test(cell.textContent ?? ''),
    );
    expect(top?.textContent).toBe('1. ......');
    expect(top?.style.borderRightStyle).toBe('none');
    expect(bottom?.textContent).toBe('2. ......');
    expect(bottom?.style.borderLeftStyle).toBe('none');
    expect(bottom?.style.verticalAlign).toBe('bottom');
  });
});
