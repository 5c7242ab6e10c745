import type {
  Block,
  OfficialDocument,
  Paragraph,
  TableBlock,
  TableCell,
  TableRow,
} from '../../../../shared/document/model';
import type { Inline } from '../../../../shared/document/richText';
import { sanitizeText } from '../../../../shared/document/sanitize';

/*
 * The HTML writer cuts the document into atoms (a paragraph, an identity row, a table row,
 * the signatures, …) that the browser measures and paginate.ts lays onto pages; here are the
 * pure pieces around that: the atoms, a table's rows on one page, a page's render groups,
 * and the split of a paragraph's text between pages.
 */
export type Atom =
  | Readonly<{ kind: 'block'; block: number; keepNext: boolean }>
  | Readonly<{ kind: 'identityRow'; block: number; row: number; keepNext: boolean }>
  | Readonly<{ kind: 'sectionHeading'; block: number; keepNext: true }>
  | Readonly<{ kind: 'sectionBody'; block: number; paragraph: number; keepNext: boolean }>
  | Readonly<{ kind: 'tableRow'; block: number; row: number; keepNext: boolean }>;

function blockAtoms(block: Block, index: number): Atom[] {
  switch (block.kind) {
    case 'identity':
      // A heading row ("Pimpinan Sidang/Rapat") never ends a page without its first sub-row.
      return block.rows.map((row, at) => ({ kind: 'identityRow', block: index, row: at, keepNext: !row.colon }));
    case 'section':
      return [
        { kind: 'sectionHeading', block: index, keepNext: true },
        ...block.body.map((paragraph, at): Atom => ({
          kind: 'sectionBody',
          block: index,
          paragraph: at,
          keepNext: paragraph.keepNext,
        })),
      ];
    case 'table':
      return block.bodyRows.map((row, at) => ({ kind: 'tableRow', block: index, row: at, keepNext: row.keepWithNext }));
    case 'paragraph':
      return [{ kind: 'block', block: index, keepNext: block.keepNext }];
    case 'spacer':
    case 'title':
      // A spacer stays with what follows it; the title with the first identity row.
      return [{ kind: 'block', block: index, keepNext: true }];
    case 'letterhead':
    case 'signatures':
      return [{ kind: 'block', block: index, keepNext: false }];
  }
}

export function documentAtoms(doc: OfficialDocument): Atom[] {
  return doc.blocks.flatMap(blockAtoms);
}

/** Where each body cell starts in the grid (its first column), given the cells rowSpans cover. */
function cellColumns(rows: ReadonlyArray<TableRow>, columnCount: number): number[][] {
  const covered = Array<number>(columnCount).fill(0);
  return rows.map((row) => {
    let column = 0;
    const starts = row.cells.map((cell) => {
      while ((covered[column] ?? 0) > 0) column += 1;
      const start = column;
      for (let offset = 0; offset < cell.columnSpan; offset += 1) covered[start + offset] = cell.rowSpan;
      column += cell.columnSpan;
      return start;
    });
    for (let index = 0; index < covered.length; index += 1) covered[index] = Math.max(0, (covered[index] ?? 0) - 1);
    return starts;
  });
}

const EMPTY_CELL: Omit<TableCell, 'columnSpan' | 'rowSpan' | 'openSides'> = {
  paragraphs: [],
  verticalAlign: 'top',
  shaded: false,
};

/**
 * The body rows `from`..`to` (inclusive) of a table as they print on one page: merges are cut
 * at the page's last row, and a merge begun on an earlier page continues as an empty cell of
 * the same width (only when a merged group had to be split, which keepWithNext avoids).
 */
export function tableChunk(table: TableBlock, from: number, to: number): TableRow[] {
  const starts = cellColumns(table.bodyRows, table.columnWidths.length);
  const rows: TableRow[] = [];
  for (let index = from; index <= to; index += 1) {
    const row = table.bodyRows[index] as TableRow;
    const own = row.cells.map((cell, at) => ({
      start: (starts[index] as number[])[at] as number,
      cell: { ...cell, rowSpan: Math.min(cell.rowSpan, to - index + 1) },
    }));
    if (index === from) {
      for (let earlier = 0; earlier < from; earlier += 1) {
        (table.bodyRows[earlier] as TableRow).cells.forEach((cell, at) => {
          const left = earlier + cell.rowSpan - from;
          if (left <= 0) return;
          own.push({
            start: (starts[earlier] as number[])[at] as number,
            cell: {
              ...EMPTY_CELL,
              columnSpan: cell.columnSpan,
              rowSpan: Math.min(left, to - from + 1),
              openSides: cell.openSides,
            },
          });
        });
      }
      own.sort((a, b) => a.start - b.start);
    }
    rows.push({ ...row, cells: own.map((entry) => entry.cell) });
  }
  return rows;
}

/** Where a split paragraph's part starts and ends in its text (characters), and which end it holds. */
export type TextPart = Readonly<{ fromChar: number; toChar: number | null; first: boolean; last: boolean }>;

/** One laid-out page: its atoms in order, each whole (null) or a part of a split paragraph. */
export type LaidOutPage = Readonly<{
  atoms: ReadonlyArray<number>;
  parts: ReadonlyArray<TextPart | null>;
  overflow: boolean;
}>;

/** Atoms whose text may split between pages: paragraphs of the running text. */
export function isSplittable(atom: Atom, doc: OfficialDocument): boolean {
  return atom.kind === 'sectionBody' || (atom.kind === 'block' && doc.blocks[atom.block]?.kind === 'paragraph');
}

/**
 * The part of a paragraph that sits on one page: its characters from..to (of the sanitised
 * text the page shows), the label and the space before only on the first part, the space
 * after only on the last. A line break at the cut stays with the first part.
 */
export function paragraphPart(paragraph: Paragraph, part: TextPart): Paragraph {
  const inlines: Inline[] = [];
  let offset = 0;
  for (const inline of paragraph.inlines) {
    if (inline.kind === 'break') {
      const afterStart = offset > part.fromChar || part.fromChar === 0;
      if (afterStart && (part.toChar === null || offset <= part.toChar)) inlines.push(inline);
      continue;
    }
    const value = sanitizeText(inline.text);
    const start = Math.max(part.fromChar - offset, 0);
    const end = part.toChar === null ? value.length : Math.min(part.toChar - offset, value.length);
    if (end > start) inlines.push({ ...inline, text: value.slice(start, end) });
    offset += value.length;
  }
  return {
    ...paragraph,
    inlines,
    label: part.first ? paragraph.label : null,
    hanging: part.first ? paragraph.hanging : 0,
    spaceBefore: part.first ? paragraph.spaceBefore : 0,
    spaceAfter: part.last ? paragraph.spaceAfter : 0,
  };
}

/** Consecutive atoms of one page grouped as they render: one identity grid, one table chunk, or one element. */
export type PagePiece =
  | Readonly<{ kind: 'atom'; atom: Atom; index: number; part: TextPart | null }>
  | Readonly<{ kind: 'identity'; block: number; rows: ReadonlyArray<number> }>
  | Readonly<{ kind: 'table'; block: number; from: number; to: number }>;

/** The page's atoms (by index), each whole or as the part of its text given in `parts`. */
export function pagePieces(
  atoms: ReadonlyArray<Atom>,
  indexes: ReadonlyArray<number>,
  parts: ReadonlyArray<TextPart | null> = [],
): PagePiece[] {
  const pieces: PagePiece[] = [];
  for (const [position, index] of indexes.entries()) {
    const atom = atoms[index] as Atom;
    const last = pieces[pieces.length - 1];
    if (atom.kind === 'identityRow') {
      if (last?.kind === 'identity' && last.block === atom.block)
        pieces[pieces.length - 1] = { ...last, rows: [...last.rows, atom.row] };
      else pieces.push({ kind: 'identity', block: atom.block, rows: [atom.row] });
    } else if (atom.kind === 'tableRow') {
      if (last?.kind === 'table' && last.block === atom.block) pieces[pieces.length - 1] = { ...last, to: atom.row };
      else pieces.push({ kind: 'table', block: atom.block, from: atom.row, to: atom.row });
    } else pieces.push({ kind: 'atom', atom, index, part: parts[position] ?? null });
  }
  return pieces;
}
