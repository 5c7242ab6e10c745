import {
  BorderStyle,
  HeightRule,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { TableBlock, TableCell as ModelCell, TableRow as ModelRow } from '../../../shared/document/model';
import { docxParagraph } from './docxParagraphs';
import { GRID_BORDERS, GRID_CELL_MARGINS, STYLE_IDS } from './docxTheme';

const OPEN_SIDE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;

const V_ALIGN = {
  top: VerticalAlignTable.TOP,
  center: VerticalAlignTable.CENTER,
  bottom: VerticalAlignTable.BOTTOM,
} as const;

/*
 * Model rows omit the cells a rowSpan covers; docx adds the vMerge="continue" cells itself,
 * so the grid position of each given cell is counted here only to size it.
 */
function docxRows(rows: ReadonlyArray<ModelRow>, widths: ReadonlyArray<number>, header: boolean): TableRow[] {
  const covered: number[] = widths.map(() => 0);
  return rows.map((row) => {
    let column = 0;
    const cells: TableCell[] = [];
    for (const cell of row.cells) {
      while ((covered[column] ?? 0) > 0) column += 1;
      cells.push(
        docxCell(
          cell,
          widths.slice(column, column + cell.columnSpan).reduce((sum, width) => sum + width, 0),
        ),
      );
      for (let offset = 0; offset < cell.columnSpan; offset += 1) covered[column + offset] = cell.rowSpan;
      column += cell.columnSpan;
    }
    for (let index = 0; index < covered.length; index += 1) covered[index] = Math.max(0, (covered[index] ?? 0) - 1);
    return new TableRow({
      tableHeader: header,
      cantSplit: row.cantSplit,
      keepNext: row.keepWithNext,
      ...(row.minHeight > 0 ? { height: { value: row.minHeight, rule: HeightRule.ATLEAST } } : {}),
      children: cells,
    });
  });
}

function docxCell(cell: ModelCell, width: number): TableCell {
  const children =
    cell.paragraphs.length > 0
      ? cell.paragraphs.map(docxParagraph)
      : [new Paragraph({ style: STYLE_IDS.table, children: [] })];
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    // Top is Word's default; leaving it out spares the docx package thousands of elements (P4).
    ...(cell.verticalAlign === 'top' ? {} : { verticalAlign: V_ALIGN[cell.verticalAlign] }),
    ...(cell.columnSpan > 1 ? { columnSpan: cell.columnSpan } : {}),
    ...(cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
    ...(cell.shaded ? { shading: { fill: 'E7E6E6', type: 'clear', color: 'auto' } } : {}),
    ...(cell.openSides.length > 0
      ? { borders: Object.fromEntries(cell.openSides.map((side) => [side, OPEN_SIDE])) }
      : {}),
    children,
  });
}

/** A ruled table whose header rows repeat on every page (tblHeader). */
export function gridTable(block: TableBlock): Table {
  const total = block.columnWidths.reduce((sum, width) => sum + width, 0);
  return new Table({
    columnWidths: block.columnWidths,
    width: { size: total, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: GRID_BORDERS,
    margins: GRID_CELL_MARGINS,
    rows: [
      ...docxRows(block.headerRows, block.columnWidths, true),
      ...docxRows(block.bodyRows, block.columnWidths, false),
    ],
  });
}
