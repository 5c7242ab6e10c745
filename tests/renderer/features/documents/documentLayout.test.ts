import { describe, expect, it } from 'vitest';
import type { Paragraph, TableBlock } from '../../../../shared/document/model';
import { para } from '../../../../shared/document/paragraphs';
import { text } from '../../../../shared/document/richText';
import { cell, row } from '../../../../shared/document/tables';
import { paragraphPart, tableChunk } from '../../../../renderer/src/features/documents/documentLayout';
import { paginate, type MeasuredAtom } from '../../../../renderer/src/features/documents/paginate';

const atom = (height: number, keepNext = false, table: number | null = null, headerHeight = 0): MeasuredAtom => ({
  height,
  keepNext,
  table,
  headerHeight,
  cuts: [],
});
/** A paragraph of `lines` lines of 10 px, splittable between any two. */
const lines = (count: number, keepNext = false): MeasuredAtom => ({
  height: count * 10,
  keepNext,
  table: null,
  headerHeight: 0,
  cuts: Array.from({ length: count - 1 }, (_, index) => (index + 1) * 10),
});
const pagesOf = (layout: ReturnType<typeof paginate>) =>
  layout.map((page) => page.items.map((item) => `${item.atom}:${item.from}-${item.to}`));

describe('documents/paginate', () => {
  it('fills a page and starts the next when an atom no longer fits', () => {
    expect(pagesOf(paginate([atom(40), atom(40), atom(40)], 100))).toEqual([['0:0-1', '1:0-1'], ['2:0-1']]);
  });

  it('starts a new page at an atom that breaks before, however much room is left (the DAFTAR UNDANGAN)', () => {
    const breaking = { ...atom(10), breakBefore: true };
    expect(pagesOf(paginate([atom(20), breaking, atom(10)], 100))).toEqual([['0:0-1'], ['1:0-1', '2:0-1']]);
    // At the top of a page already: no empty page before it.
    expect(pagesOf(paginate([breaking, atom(10)], 100))).toEqual([['0:0-1', '1:0-1']]);
  });

  it('moves a keep-with-next chain (heading + a short paragraph) whole to the next page', () => {
    expect(pagesOf(paginate([atom(70), atom(10, true), atom(30)], 100))).toEqual([['0:0-1'], ['1:0-1', '2:0-1']]);
  });

  it('keeps a heading with the first two lines of a long paragraph, and splits the paragraph', () => {
    // 60 used; heading 10 + two lines 20 fit in 100; the paragraph of 8 lines splits 3 | 5.
    expect(pagesOf(paginate([atom(60), atom(10, true), lines(8)], 100))).toEqual([
      ['0:0-1', '1:0-1', '2:0-3'],
      ['2:3-8'],
    ]);
  });

  it('splits a long paragraph over pages with at least two lines on either side', () => {
    expect(pagesOf(paginate([atom(75), lines(10)], 100))).toEqual([['0:0-1', '1:0-2'], ['1:2-10']]);
    // Only one line would fit: the paragraph starts on the next page instead.
    expect(pagesOf(paginate([atom(85), lines(10)], 100))).toEqual([['0:0-1'], ['1:0-10']]);
    // A paragraph longer than a page runs on over several pages.
    expect(pagesOf(paginate([lines(25)], 100))).toEqual([['0:0-10'], ['0:10-20'], ['0:20-25']]);
    // Three lines cannot split two and two: the whole paragraph moves.
    expect(pagesOf(paginate([atom(75), lines(3)], 100))).toEqual([['0:0-1'], ['1:0-3']]);
  });

  it('lets a chain longer than a page flow atom by atom', () => {
    expect(pagesOf(paginate([atom(50, true), atom(50, true), atom(50)], 100))).toEqual([['0:0-1', '1:0-1'], ['2:0-1']]);
  });

  it('pays the table header again on every page a table continues on', () => {
    // Header 20: page 1 holds header + 2 rows (20 + 60), page 2 header + the last row.
    const rows = [atom(30, false, 5, 20), atom(30, false, 5, 20), atom(30, false, 5, 20)];
    expect(pagesOf(paginate(rows, 90))).toEqual([['0:0-1', '1:0-1'], ['2:0-1']]);
  });

  it('gives an atom taller than a page its own page and says it overflows', () => {
    const pages = paginate([atom(20), atom(250), atom(20)], 100);
    expect(pagesOf(pages)).toEqual([['0:0-1'], ['1:0-1'], ['2:0-1']]);
    expect(pages.map((page) => page.overflow)).toEqual([false, true, false]);
  });

  it('keeps one empty page for an empty document', () => {
    expect(paginate([], 100)).toEqual([{ items: [], overflow: false }]);
  });
});

describe('documents/paragraphPart', () => {
  const paragraph: Paragraph = para(
    [text('Satu dua '), text('tiga', { bold: true }), { kind: 'break' }, text('empat lima')],
    {
      label: 'a.',
      hanging: 425,
      indentLeft: 850,
      spaceBefore: 120,
      spaceAfter: 60,
      align: 'justify',
    },
  );
  const words = (part: Paragraph) =>
    part.inlines.map((inline) => (inline.kind === 'break' ? '|' : inline.text)).join('');

  it('gives the first part the label and the space before, the last the space after', () => {
    const first = paragraphPart(paragraph, { fromChar: 0, toChar: 5, first: true, last: false });
    expect([words(first), first.label, first.hanging, first.spaceBefore, first.spaceAfter]).toEqual([
      'Satu ',
      'a.',
      425,
      120,
      0,
    ]);
    const last = paragraphPart(paragraph, { fromChar: 5, toChar: null, first: false, last: true });
    expect([words(last), last.label, last.hanging, last.indentLeft, last.spaceBefore, last.spaceAfter]).toEqual([
      'dua tiga|empat lima',
      null,
      0,
      850,
      0,
      60,
    ]);
    expect(last.inlines[1]).toEqual({ kind: 'text', text: 'tiga', bold: true });
  });

  it('keeps a line break at the cut with the first part', () => {
    expect(words(paragraphPart(paragraph, { fromChar: 0, toChar: 13, first: true, last: false }))).toBe(
      'Satu dua tiga|',
    );
    expect(words(paragraphPart(paragraph, { fromChar: 13, toChar: null, first: false, last: true }))).toBe(
      'empat lima',
    );
  });
});

describe('documents/tableChunk', () => {
  // Columns: No | Uraian | OPD. Row 0 merges No and Uraian over two rows (two OPD).
  const table: TableBlock = {
    kind: 'table',
    columnWidths: [100, 200, 300],
    headerRows: [row([cell('No'), cell('Uraian'), cell('OPD')])],
    bodyRows: [
      row([cell('1.', { rowSpan: 2 }), cell('Uraian satu', { rowSpan: 2 }), cell('Dinkes')], { keepWithNext: true }),
      row([cell('Disdukcapil')]),
      row([cell('2.'), cell('Uraian dua'), cell('Bappeda')]),
    ],
  };
  const texts = (rows: ReturnType<typeof tableChunk>) =>
    rows.map((r) =>
      r.cells.map(
        (c) =>
          `${c.paragraphs.map((p) => p.inlines.map((i) => (i.kind === 'text' ? i.text : '')).join('')).join('')}/${c.rowSpan}`,
      ),
    );

  it('keeps merges whole inside one page', () => {
    expect(texts(tableChunk(table, 0, 2))).toEqual([
      ['1./2', 'Uraian satu/2', 'Dinkes/1'],
      ['Disdukcapil/1'],
      ['2./1', 'Uraian dua/1', 'Bappeda/1'],
    ]);
  });

  it('cuts a merge at the page end and continues it as empty cells in their own columns', () => {
    expect(texts(tableChunk(table, 0, 0))).toEqual([['1./1', 'Uraian satu/1', 'Dinkes/1']]);
    expect(texts(tableChunk(table, 1, 2))).toEqual([
      ['/1', '/1', 'Disdukcapil/1'],
      ['2./1', 'Uraian dua/1', 'Bappeda/1'],
    ]);
  });
});
