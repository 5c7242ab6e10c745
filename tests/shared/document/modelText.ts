import type {
  Block,
  IdentityBlock,
  OfficialDocument,
  Paragraph,
  SectionBlock,
  SignatureBlock,
  TableBlock,
  TableCell,
} from '../../../shared/document/model';

/* Readers over the document model for assertions. */
export function textOf(paragraph: Paragraph): string {
  return paragraph.inlines.map((inline) => (inline.kind === 'text' ? inline.text : '\n')).join('');
}

/** A table cell's paragraphs, joined by '|' (undefined for a cell the row does not have). */
export const cellText = (cell: TableCell | undefined): string | undefined => cell?.paragraphs.map(textOf).join('|');

function only<K extends Block['kind']>(doc: OfficialDocument, kind: K): Extract<Block, { kind: K }>[] {
  return doc.blocks.filter((block): block is Extract<Block, { kind: K }> => block.kind === kind);
}

export function identityOf(doc: OfficialDocument): IdentityBlock {
  const [identity] = only(doc, 'identity');
  if (!identity) throw new Error('no identity block');
  return identity;
}

export function identityLabels(doc: OfficialDocument): string[] {
  return identityOf(doc).rows.map((row) => row.label);
}

/** The value of an identity row, paragraphs joined by "|", labels included. */
export function identityValue(doc: OfficialDocument, label: string): string | undefined {
  const row = identityOf(doc).rows.find((candidate) => candidate.label === label);
  return row?.value
    .map((paragraph) => `${paragraph.label === null ? '' : `${paragraph.label} `}${textOf(paragraph)}`)
    .join('|');
}

export function sectionsOf(doc: OfficialDocument): SectionBlock[] {
  return only(doc, 'section');
}

export function signaturesOf(doc: OfficialDocument): SignatureBlock {
  const [signatures] = only(doc, 'signatures');
  if (!signatures) throw new Error('no signature block');
  return signatures;
}

export function tableOf(doc: OfficialDocument): TableBlock {
  const [table] = only(doc, 'table');
  if (!table) throw new Error('no table block');
  return table;
}

/** Every string the document prints, in block order (for "never prints X" checks). */
export function printedText(doc: OfficialDocument): string[] {
  const out: string[] = [];
  const paragraphs = (list: ReadonlyArray<Paragraph>) => list.forEach((p) => out.push(`${p.label ?? ''}${textOf(p)}`));
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'letterhead':
      case 'title':
        paragraphs(block.lines);
        break;
      case 'identity':
        block.rows.forEach((row) => {
          out.push(row.label);
          paragraphs(row.value);
        });
        break;
      case 'section':
        out.push(`${block.label} ${block.title}`);
        paragraphs(block.body);
        break;
      case 'paragraph':
        paragraphs([block]);
        break;
      case 'table':
        [...block.headerRows, ...block.bodyRows].forEach((row) =>
          row.cells.forEach((cell) => paragraphs(cell.paragraphs)),
        );
        break;
      case 'signatures':
        block.columns.forEach((column) => column && out.push(...column.headLines, column.name, ...column.detailLines));
        break;
      case 'spacer':
        break;
    }
  }
  return out;
}
