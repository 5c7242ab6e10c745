import type { Paragraph, TableCell, TableRow } from './model';
import { para } from './paragraphs';
import { text } from './richText';

/** A cell of table text (the smaller 'table' role). */
export function cell(
  content: string | ReadonlyArray<Paragraph>,
  options: Partial<Omit<TableCell, 'paragraphs'>> & { align?: Paragraph['align'] } = {},
): TableCell {
  const { align = 'left', ...rest } = options;
  const paragraphs =
    typeof content === 'string' ? content.split('\n').map((line) => para(line, { role: 'table', align })) : content;
  return { paragraphs, columnSpan: 1, rowSpan: 1, verticalAlign: 'top', shaded: false, openSides: [], ...rest };
}

/** A bold, centred header cell. */
export function headerCell(label: string, options: Partial<Omit<TableCell, 'paragraphs'>> = {}): TableCell {
  return cell([para([text(label, { bold: true })], { role: 'tableHeader', align: 'center' })], {
    verticalAlign: 'center',
    ...options,
  });
}

export function row(cells: ReadonlyArray<TableCell>, options: Partial<Omit<TableRow, 'cells'>> = {}): TableRow {
  return { cells, cantSplit: true, keepWithNext: false, minHeight: 0, ...options };
}

/** Splits a width by percentages, the last column taking the rounding rest. */
export function columnWidths(total: number, percents: ReadonlyArray<number>): number[] {
  const widths = percents.map((percent) => Math.floor((total * percent) / 100));
  const rest = total - widths.reduce((sum, width) => sum + width, 0);
  widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest;
  return widths;
}
