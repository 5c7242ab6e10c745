import { attachedListBlocks } from './invitationParts';
import { DOTS, invitationDocument, invitationLetterParts } from './invitationLetterParts';
import { identityRow, titleBlock } from './letterhead';
import type { Block, IdentityBlock, OfficialDocument, Paragraph } from './model';
import { para } from './paragraphs';
import { text } from './richText';
import { jabatanOf } from './signer';
import type { NotulaSource } from './source';

/*
 * The invitation to a meeting inside one office as a NOTA DINAS, the intern correspondence
 * of tata naskah dinas (surat-undangan.md §1): the kop, "NOTA DINAS", then Yth. / Dari /
 * Tembusan / Tanggal / Nomor / Sifat / Lampiran / Hal as one label table, the body (opening,
 * hari/tanggal, waktu, tempat, acara, closing) and the signer. It has no place-and-date line
 * (Tanggal is in the table), no "di" and no Tembusan at the foot. Its words, recipients,
 * signer, kop and SRIKANDI variables are the Surat Undangan's own (invitationLetterParts.ts).
 */

const LABEL = 1417;
const COLON = 284;

/** A few names numbered in the Yth. or Tembusan cell, "1. …;" each, the last with `end`. */
function numbered(lines: ReadonlyArray<string>, end: string): Paragraph[] {
  return lines.map((line, index) =>
    para(`${line.replace(/[;.,]+$/, '')}${index === lines.length - 1 ? end : ';'}`, {
      label: `${index + 1}.`,
      indentLeft: 397,
      hanging: 397,
    }),
  );
}

export function buildNotaDinas(source: NotulaSource): OfficialDocument {
  const warnings: string[] = [];
  const warn = (message: string) => warnings.push(message);
  const { instansi, meeting } = source;
  const parts = invitationLetterParts(source, warn);
  const { width, number, dateText, recipients, attached, signer, signature, tembusan } = parts;

  const yth: Paragraph[] = attached
    ? [para(parts.addressee), para('(daftar terlampir)')]
    : recipients.length <= 1
      ? [para(recipients[0] ?? DOTS)]
      : numbered(recipients, '');
  const header: IdentityBlock = {
    kind: 'identity',
    columnWidths: [LABEL, COLON, width - LABEL - COLON],
    rows: [
      identityRow('Yth.', yth),
      identityRow('Dari', signer === null ? DOTS : jabatanOf(signer)),
      identityRow('Tembusan', tembusan.length <= 1 ? (tembusan[0] ?? '-') : numbered(tembusan, '')),
      identityRow('Tanggal', [para([text(dateText)])]),
      identityRow('Nomor', [para([text(number)])]),
      identityRow('Sifat', parts.sifat),
      identityRow('Lampiran', parts.lampiran),
      identityRow('Hal', parts.hal),
    ],
  };
  const body = { align: 'justify' as const, spaceAfter: 120 };
  const blocks: Block[] = [
    parts.kop,
    titleBlock('NOTA DINAS', []),
    header,
    // The line under Hal that closes the Nota Dinas's head, then the body.
    { kind: 'spacer', height: 120, rule: true },
    { kind: 'spacer', height: 240 },
    para(parts.opening, body),
    parts.details,
    para(parts.closing, { ...body, spaceBefore: 120 }),
    { kind: 'spacer', height: 240 },
    signature,
    ...(attached
      ? attachedListBlocks(recipients, signer, number, dateText, instansi, width, signature, 'NOTA DINAS')
      : []),
  ];
  return invitationDocument(`Nota Dinas ${meeting.title}`, parts, blocks, warnings);
}
