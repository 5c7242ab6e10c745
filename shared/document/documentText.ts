import type { Block, OfficialDocument, Paragraph, TableRow } from './model';

/*
 * The words a document prints, in the order both writers print them (the body only: the
 * footer, the page numbers and the DRAF mark are per page). Verifikasi dokumen compares a
 * PDF's text layer with this for the approved version it names (issue 16).
 */

const paragraphText = (paragraph: Paragraph): string =>
  [paragraph.label ?? '', ...paragraph.inlines.map((inline) => ('text' in inline ? inline.text : ' '))].join(' ');

const rowText = (row: TableRow): string =>
  row.cells.map((cell) => cell.paragraphs.map(paragraphText).join(' ')).join(' ');

function blockText(block: Block): string[] {
  switch (block.kind) {
    case 'letterhead':
    case 'title':
      return block.lines.map(paragraphText);
    case 'identity':
      return block.rows.map((row) => `${row.label} ${row.value.map(paragraphText).join(' ')}`);
    case 'section':
      return [`${block.label} ${block.title}`, ...block.body.map(paragraphText)];
    case 'paragraph':
      return [paragraphText(block)];
    case 'table':
      return block.bodyRows.map(rowText);
    case 'signatures':
      return block.columns.flatMap((column) =>
        column ? [...column.headLines, column.name, ...column.detailLines] : [],
      );
    case 'spacer':
      return [];
  }
}

export type DocumentText = Readonly<{
  /** The body, block by block. */
  body: ReadonlyArray<string>;
  /** Table header rows: printed again on every page a table continues on. */
  repeated: ReadonlyArray<string>;
}>;

export function documentText(doc: OfficialDocument): DocumentText {
  return {
    body: doc.blocks.flatMap(blockText),
    repeated: doc.blocks.flatMap((block) => (block.kind === 'table' ? block.headerRows.map(rowText) : [])),
  };
}
