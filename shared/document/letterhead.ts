import type { InstansiProfile } from '../domain/instansi';
import type { FooterPart, IdentityBlock, IdentityRow, LetterheadBlock, Paragraph, TitleBlock } from './model';
import { boldPara, para } from './paragraphs';
import { text } from './richText';

/** Emblem box and its column: about 2.5 x 2.8 cm, the usual size of a lambang daerah. */
const LOGO_BOX = { boxWidth: 1418, boxHeight: 1588 } as const;
const LOGO_COLUMN = 1701;
/*
 * An empty column on the right pulls the text back towards the page centre. Half the
 * emblem's width keeps an address line of about 60 characters on one line even on A4.
 */
const BALANCE_COLUMN = 850;

function contactLines(instansi: InstansiProfile): string[] {
  const first = [instansi.address.trim(), instansi.phone.trim() === '' ? '' : `Telepon ${instansi.phone.trim()}`]
    .filter((part) => part !== '')
    .join(', ');
  const second = [
    instansi.email.trim() === '' ? '' : `Pos-el ${instansi.email.trim()}`,
    instansi.website.trim() === '' ? '' : `Laman ${instansi.website.trim()}`,
  ]
    .filter((part) => part !== '')
    .join('  ');
  return [first, second].filter((line) => line !== '');
}

/**
 * The kop (notula-format.md §2.1 A1): emblem left; the pemda line, then the perangkat daerah
 * in bold at the 3:4 ratio, then address and contacts; a thin-and-thick rule below.
 */
export function letterheadBlock(instansi: InstansiProfile): LetterheadBlock {
  const [government = '', ...units] = instansi.kopLines.map((line) => line.trim()).filter((line) => line !== '');
  const lines: Paragraph[] = [
    para(government.toUpperCase(), { role: 'kopGovernment', align: 'center' }),
    ...units.map((unit) => boldPara(unit.toUpperCase(), { role: 'kopUnit', align: 'center' })),
    ...contactLines(instansi).map((line) => para(line, { role: 'kopContact', align: 'center' })),
  ];
  const logo =
    instansi.logoDataUrl && /^data:image\/(png|jpe?g);base64,/i.test(instansi.logoDataUrl)
      ? { dataUrl: instansi.logoDataUrl, ...LOGO_BOX }
      : null;
  return {
    kind: 'letterhead',
    logo,
    logoColumnWidth: logo === null ? 0 : LOGO_COLUMN,
    balanceColumnWidth: logo === null ? 0 : BALANCE_COLUMN,
    lines,
    rule: 'double',
  };
}

/** Title lines: bold capitals, centred. */
export function titleBlock(heading: string, subheadings: ReadonlyArray<string>): TitleBlock {
  const lines = [heading, ...subheadings]
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line, index) =>
      boldPara(line.toUpperCase(), { role: 'title', align: 'center', spaceBefore: index === 0 ? 240 : 0 }),
    );
  const last = lines.length - 1;
  return { kind: 'title', lines: lines.map((line, index) => (index === last ? { ...line, spaceAfter: 240 } : line)) };
}

/** "Halaman 2 dari 5" at the foot of every page. */
export const PAGE_FOOTER: ReadonlyArray<FooterPart> = [
  text('Halaman '),
  { kind: 'pageNumber' },
  text(' dari '),
  { kind: 'pageCount' },
];

/** The label column takes about a third of the line (notula-format.md §2.2). */
export function identityBlock(textWidth: number, rows: ReadonlyArray<IdentityRow>): IdentityBlock {
  const label = Math.round(textWidth * 0.33);
  const colon = 284;
  return { kind: 'identity', columnWidths: [label, colon, textWidth - label - colon], rows };
}

/** A label : value row; a string value becomes one paragraph. */
export function identityRow(label: string, value: string | ReadonlyArray<Paragraph>, labelIndent = 0): IdentityRow {
  return {
    label,
    labelIndent,
    colon: true,
    value: typeof value === 'string' ? [para(value === '' ? '-' : value)] : value,
  };
}

/** A heading row without colon or value ("Pimpinan Sidang/Rapat"). */
export function identityHeading(label: string): IdentityRow {
  return { label, labelIndent: 0, colon: false, value: [] };
}
