import {
  ImageRun,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { IdentityBlock, LetterheadBlock, SignatureBlock, SignatureColumn } from '../../../shared/document/model';
import { para } from '../../../shared/document/paragraphs';
import { text } from '../../../shared/document/richText';
import { docxParagraph, spacerParagraph } from './docxParagraphs';
import { KOP_RULE, LAYOUT_CELL_MARGINS, NO_BORDERS, STYLE_IDS } from './docxTheme';
import { decodeImageDataUrl, fitInBox } from './imageData';

/*
 * Blocks laid out with borderless tables: the kop, the identity rows and the signatures.
 * Fixed layout and explicit widths, so Word and LibreOffice place them alike.
 */
function layoutTable(widths: ReadonlyArray<number>, rows: TableRow[]): Table {
  const total = widths.reduce((sum, width) => sum + width, 0);
  return new Table({
    rows,
    columnWidths: widths,
    width: { size: total, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: LAYOUT_CELL_MARGINS,
  });
}

function layoutCell(
  width: number,
  children: Paragraph[],
  verticalAlign: 'top' | 'center' | 'bottom' = 'top',
): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign:
      VerticalAlignTable[verticalAlign === 'top' ? 'TOP' : verticalAlign === 'center' ? 'CENTER' : 'BOTTOM'],
    children: children.length > 0 ? children : [new Paragraph({ style: STYLE_IDS.body, children: [] })],
  });
}

const EMBLEM_NAMES = { daerah: 'Lambang daerah', garuda: 'Lambang Garuda Pancasila' } as const;

function logoParagraph(block: LetterheadBlock): Paragraph | null {
  const name = EMBLEM_NAMES[block.emblem ?? 'daerah'];
  const image = block.logo === null ? null : decodeImageDataUrl(block.logo.dataUrl);
  if (block.logo === null || image === null) return null;
  return new Paragraph({
    style: STYLE_IDS.body,
    alignment: 'center',
    children: [
      new ImageRun({
        type: image.type,
        data: image.data,
        transformation: fitInBox(image, block.logo.boxWidth, block.logo.boxHeight),
        altText: { name, description: name, title: name },
      }),
    ],
  });
}

/** The kop: emblem | text | balancing blank, then the double rule. */
export function letterheadTables(block: LetterheadBlock, lineWidth: number): Array<Paragraph | Table> {
  const logo = logoParagraph(block);
  const lines = block.lines.map(docxParagraph);
  // The Kepala Daerah's kop: the Garuda centred above the jabatan line, no rule.
  if (block.emblem === 'garuda') return logo === null ? lines : [logo, ...lines];
  const rule = new Paragraph({
    style: STYLE_IDS.kopContact,
    border: { bottom: KOP_RULE },
    spacing: { line: 120, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    children: [],
  });
  if (logo === null)
    return [layoutTable([lineWidth], [new TableRow({ children: [layoutCell(lineWidth, lines)] })]), rule];
  const { logoColumnWidth, balanceColumnWidth } = block;
  const textWidth = lineWidth - logoColumnWidth - balanceColumnWidth;
  const row = new TableRow({
    cantSplit: true,
    children: [
      layoutCell(logoColumnWidth, [logo], 'center'),
      layoutCell(textWidth, lines, 'center'),
      layoutCell(balanceColumnWidth, []),
    ],
  });
  return [layoutTable([logoColumnWidth, textWidth, balanceColumnWidth], [row]), rule];
}

/** Label : value rows; the value column wraps on its own, which is the hanging indent. */
export function identityTable(block: IdentityBlock): Table {
  const [labelWidth, colonWidth, valueWidth] = block.columnWidths;
  const rows = block.rows.map(
    (row) =>
      new TableRow({
        children: [
          layoutCell(labelWidth, [docxParagraph(para(row.label, { indentLeft: row.labelIndent }))]),
          layoutCell(colonWidth, row.colon ? [docxParagraph(para(':'))] : []),
          layoutCell(valueWidth, row.value.map(docxParagraph)),
        ],
      }),
  );
  return layoutTable(block.columnWidths, rows);
}

function signatureParagraphs(column: SignatureColumn | null): Paragraph[] {
  if (column === null) return [];
  const centred = { align: 'center', keepNext: true } as const;
  return [
    ...column.headLines.map((line) => docxParagraph(para(line, centred))),
    ...(column.spaceText === undefined
      ? [spacerParagraph(column.signatureSpace)]
      : spaceTextParagraphs(column.spaceText, column.signatureSpace)),
    docxParagraph(para([text(column.name, { bold: true })], centred)),
    ...column.detailLines.map((line) => docxParagraph(para(line, { align: 'center' }))),
  ];
}

/** One 12 pt line, in twips. */
const LINE = 276;

/**
 * The signature space holding a text (SRIKANDI's `${ttd_pengirim}`): one plain run, centred,
 * at the top of the space, which the rest of the height keeps free below it: the QR that
 * replaces the text grows from there without reaching the name.
 */
function spaceTextParagraphs(value: string, height: number): Paragraph[] {
  return [
    new Paragraph({
      style: STYLE_IDS.body,
      alignment: 'center',
      keepNext: true,
      children: [new TextRun({ text: value })],
    }),
    spacerParagraph(Math.max(height - LINE, 20)),
  ];
}

/**
 * Signature columns side by side in one unsplittable row. The space is left blank in both
 * modes: in TTE mode the signing system stamps its own visualisation there.
 */
export function signatureTable(block: SignatureBlock): Table {
  const [leftWidth, rightWidth] = block.columnWidths;
  const [left, right] = block.columns;
  const row = new TableRow({
    cantSplit: true,
    children: [layoutCell(leftWidth, signatureParagraphs(left)), layoutCell(rightWidth, signatureParagraphs(right))],
  });
  return layoutTable(block.columnWidths, [row]);
}
