import JSZip from 'jszip';
import { renderDocx } from '../../../electron/main/export/docxWriter';
import type { OfficialDocument } from '../../../shared/document/model';

/* Just enough OOXML reading for assertions: our documents never nest tables. */
export type DocxParts = Readonly<{ zip: JSZip; document: string; styles: string; footer: string; buffer: Buffer }>;

export async function renderParts(doc: OfficialDocument): Promise<DocxParts> {
  const buffer = await renderDocx(doc);
  const zip = await JSZip.loadAsync(buffer);
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const footerName = Object.keys(zip.files).find((name) => /^word\/footer\d*\.xml$/.test(name)) ?? '';
  return {
    zip,
    buffer,
    document: await read('word/document.xml'),
    styles: await read('word/styles.xml'),
    footer: await read(footerName),
  };
}

function decode(value: string): string {
  return value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}

/** The text of one paragraph's XML: runs joined, tabs as "\t", breaks as "\n". */
export function paragraphText(xml: string): string {
  const pieces = xml.match(/<w:t(?:\s[^>]*)?>[^<]*<\/w:t>|<w:tab\/>|<w:br\/>/g) ?? [];
  return pieces
    .map((piece) => (piece === '<w:tab/>' ? '\t' : piece === '<w:br/>' ? '\n' : decode(piece.replace(/<[^>]+>/g, ''))))
    .join('');
}

/** Every paragraph of a part, in order, as text. */
export function paragraphs(xml: string): string[] {
  return (xml.match(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g) ?? []).map(paragraphText);
}

/** Tables as rows of cells of paragraph texts; plus the raw XML of each. */
export function tables(xml: string): Array<{ xml: string; rows: string[][][] }> {
  return (xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).map((table) => ({
    xml: table,
    rows: (table.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? []).map((row) =>
      (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map(paragraphs),
    ),
  }));
}

/** Attributes of the first element with this tag, as a map. */
export function attributesOf(xml: string, tag: string): Record<string, string> {
  const element = new RegExp(`<${tag}\\s([^>]*?)/?>`).exec(xml);
  if (!element) return {};
  return Object.fromEntries(
    [...(element[1] as string).matchAll(/([\w:]+)="([^"]*)"/g)].map((match) => [match[1], match[2]]),
  );
}

// The order check serves the model tests too: it lives with expectInOrder.
export { indexesInOrder } from '../../support/textOrder';
