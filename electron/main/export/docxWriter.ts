import { verificationMetadata } from '../../../shared/document/verificationFooter';
import {
  Document,
  Footer,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TextRun,
} from 'docx';
import { textWidthOf, type Block, type OfficialDocument } from '../../../shared/document/model';
import { sanitizeText } from '../../../shared/document/sanitize';
import { gridTable } from './docxGridTable';
import { identityTable, letterheadTables, signatureTable } from './docxLayoutBlocks';
import { alignmentOf, docxParagraph, spacerParagraph } from './docxParagraphs';
import { documentStyles, FOOTER_STYLE_ID, MARK_STYLE_ID, SECTION_HEADING_SPACING } from './docxTheme';
import { stampedAt } from './docxTimestamps';

function blockChildren(block: Block, textWidth: number): Array<Paragraph | Table> {
  switch (block.kind) {
    case 'letterhead':
      return letterheadTables(block, textWidth);
    case 'title':
      return block.lines.map(docxParagraph);
    case 'identity':
      return [identityTable(block)];
    case 'section':
      return [
        docxParagraph({
          kind: 'paragraph',
          role: 'body',
          inlines: [{ kind: 'text', text: block.title, bold: true }],
          label: block.label,
          labelBold: true,
          indentLeft: block.indentLeft,
          hanging: block.hanging,
          align: 'left',
          spaceBefore: SECTION_HEADING_SPACING.before,
          spaceAfter: SECTION_HEADING_SPACING.after,
          keepNext: true,
        }),
        ...block.body.map(docxParagraph),
      ];
    case 'paragraph':
      return [docxParagraph(block)];
    case 'table':
      return [gridTable(block)];
    case 'signatures':
      return [signatureTable(block)];
    case 'spacer':
      return [spacerParagraph(block.height, block.rule)];
  }
}

/*
 * A document ending in a table needs a paragraph after it, or Word reports it damaged. It is
 * kept 1 pt high: at full height, a Matriks whose table filled its last page exactly got one
 * more page with nothing but the footer in LibreOffice (issue 16).
 */
function closingParagraph(): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT },
    run: { size: 2 },
    children: [],
  });
}

function footer(doc: OfficialDocument): Footer {
  const parts = doc.footer.parts.map((part) => {
    switch (part.kind) {
      case 'pageNumber':
        return PageNumber.CURRENT;
      case 'pageCount':
        return PageNumber.TOTAL_PAGES;
      case 'break':
        return '\n';
      case 'text':
        return sanitizeText(part.text);
    }
  });
  const pageLine = new Paragraph({
    style: FOOTER_STYLE_ID,
    alignment: alignmentOf(doc.footer.align),
    children: [new TextRun({ children: parts })],
  });
  // An approved version's verification line sits on its own, left, above the page numbers.
  const note = doc.footer.note
    ? [
        new Paragraph({
          style: FOOTER_STYLE_ID,
          alignment: alignmentOf('left'),
          children: [new TextRun({ text: sanitizeText(doc.footer.note) })],
        }),
      ]
    : [];
  return new Footer({ children: [...note, pageLine] });
}

/*
 * "DRAF" sits in the header band (between the paper's edge and the top margin), right-aligned,
 * so it is on every page and never overlaps the kop or the text.
 */
function header(mark: string): Header {
  const line = new Paragraph({
    style: MARK_STYLE_ID,
    alignment: alignmentOf('right'),
    children: [new TextRun({ text: mark })],
  });
  return new Header({ children: [line] });
}

/** The docx object model of an official document (exposed for tests and other packers). */
export function toDocxDocument(doc: OfficialDocument): Document {
  const { page } = doc;
  const textWidth = textWidthOf(page);
  const children = doc.blocks.flatMap((block) => blockChildren(block, textWidth));
  return new Document({
    creator: 'Risalah',
    title: sanitizeText(doc.title),
    // LibreOffice carries these into the PDF (Subject, Keywords, XMP): a PDF/A names its version.
    ...(doc.verificationCode
      ? { subject: verificationMetadata(doc.verificationCode), keywords: verificationMetadata(doc.verificationCode) }
      : {}),
    styles: documentStyles(doc),
    sections: [
      {
        properties: {
          page: {
            // docx swaps width and height itself for a landscape section.
            size: {
              width: Math.min(page.width, page.height),
              height: Math.max(page.width, page.height),
              orientation: page.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: page.margins,
          },
        },
        footers: { default: footer(doc) },
        ...(doc.mark ? { headers: { default: header(doc.mark) } } : {}),
        children: [...children, closingParagraph()],
      },
    ],
  });
}

/**
 * Renders the model to a .docx file's bytes. `at`, when given, is the moment the file says it
 * was made (core.xml and every zip entry): an approved version passes its approval, so
 * exporting it twice gives the same bytes. Without it the file carries the moment of writing.
 */
export async function renderDocx(doc: OfficialDocument, at?: Date): Promise<Buffer> {
  const bytes = await Packer.toBuffer(toDocxDocument(doc));
  return at === undefined ? bytes : stampedAt(bytes, at);
}
