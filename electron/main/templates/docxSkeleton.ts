import JSZip from 'jszip';
import { escapeXml } from './wordXml';

/*
 * A small WordprocessingML writer for the sample templates the app ships (and the tests'
 * templates): the samples must be plain Word files anyone can open and edit, with one
 * placeholder picture for the logo. Sizes are twips (1/1440 in); the paper is A4.
 */

const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"';

/** A grey square: where she puts her picture; the filler swaps in the instansi's logo. */
const PLACEHOLDER_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mM8c+bMfwAHwAM2wZ0dKQAAAABJRU5ErkJggg==',
  'base64',
);

export type RunStyle = Readonly<{ bold?: boolean; italic?: boolean; underline?: boolean; size?: number }>;
export type ParagraphStyle = Readonly<{
  align?: 'left' | 'center' | 'right' | 'both';
  /** Space after, in twips. */
  after?: number;
  indentLeft?: number;
  hanging?: number;
  /** A line under the paragraph (the kop's rule). */
  rule?: boolean;
  tabs?: ReadonlyArray<number>;
}>;

export function run(text: string, style: RunStyle = {}): string {
  const props = [
    style.bold ? '<w:b/>' : '',
    style.italic ? '<w:i/>' : '',
    style.underline ? '<w:u w:val="single"/>' : '',
    style.size ? `<w:sz w:val="${style.size * 2}"/>` : '',
  ].join('');
  const parts = text.split('\t').map((piece) => `<w:t xml:space="preserve">${escapeXml(piece)}</w:t>`);
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${parts.join('<w:tab/>')}</w:r>`;
}

export function paragraph(content: string, style: ParagraphStyle = {}): string {
  const props = [
    style.tabs ? `<w:tabs>${style.tabs.map((pos) => `<w:tab w:val="left" w:pos="${pos}"/>`).join('')}</w:tabs>` : '',
    style.rule ? '<w:pBdr><w:bottom w:val="thickThinSmallGap" w:sz="18" w:space="1" w:color="000000"/></w:pBdr>' : '',
    `<w:spacing w:after="${style.after ?? 0}"/>`,
    style.indentLeft || style.hanging
      ? `<w:ind w:left="${style.indentLeft ?? 0}"${style.hanging ? ` w:hanging="${style.hanging}"` : ''}/>`
      : '',
    style.align ? `<w:jc w:val="${style.align}"/>` : '',
  ].join('');
  return `<w:p><w:pPr>${props}</w:pPr>${content}</w:p>`;
}

/** A text paragraph. */
export const p = (text: string, style: ParagraphStyle & RunStyle = {}) => paragraph(run(text, style), style);

/** The picture whose alt text names it. */
export function picture(altText: string, sizeCm: number): string {
  const emu = Math.round(sizeCm * 360000);
  return (
    `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${emu}" cy="${emu}"/>` +
    `<wp:docPr id="1" name="Logo" descr="${escapeXml(altText)}"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">` +
    '<pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="logo.png"/><pic:cNvPicPr/></pic:nvPicPr>' +
    '<pic:blipFill><a:blip r:embed="rIdLogo"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>' +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${emu}" cy="${emu}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
  );
}

export type Cell = Readonly<{ width: number; content: string; shade?: boolean }>;

/** A table; `borders` false for layout tables (the kop, the signature). */
export function table(rows: ReadonlyArray<ReadonlyArray<Cell>>, borders: boolean): string {
  const widths = rows[0]?.map((c) => c.width) ?? [];
  const border = borders ? 'single' : 'nil';
  const edges = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
    .map((edge) => `<w:${edge} w:val="${border}" w:sz="4" w:space="0" w:color="000000"/>`)
    .join('');
  const body = rows
    .map(
      (cells) =>
        `<w:tr>${cells
          .map(
            (c) =>
              `<w:tc><w:tcPr><w:tcW w:w="${c.width}" w:type="dxa"/>${c.shade ? '<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>' : ''}</w:tcPr>${c.content}</w:tc>`,
          )
          .join('')}</w:tr>`,
    )
    .join('');
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${widths.reduce((a, b) => a + b, 0)}" w:type="dxa"/><w:tblBorders>${edges}</w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${body}</w:tbl>`
  );
}

const STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="24"/><w:lang w:val="id-ID"/></w:rPr></w:rPrDefault>' +
  '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>';

/** A .docx of the given body (A4, margins 2.5 cm / 2 cm) with the logo picture's relationship. */
export async function docxOf(body: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Default Extension="png" ContentType="image/png"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/_rels/document.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
      '<Relationship Id="rIdLogo" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/logo.png"/></Relationships>',
  );
  zip.file('word/styles.xml', STYLES);
  zip.file('word/media/logo.png', PLACEHOLDER_PNG);
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${NS}><w:body>${body}` +
      '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1134" w:bottom="1418" w:left="1701" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr></w:body></w:document>',
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Text width of the skeleton's page: A4 less the margins. */
export const TEXT_WIDTH = 11906 - 1701 - 1134;
