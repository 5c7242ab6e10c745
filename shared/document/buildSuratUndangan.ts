import { addresseeParagraphs, attachedListBlocks, SRIKANDI, YTH_INDENT } from './invitationParts';
import { invitationDocument, invitationFormOf, invitationLetterParts } from './invitationLetterParts';
import { identityBlock, identityRow } from './letterhead';
import type { Block, IdentityBlock, OfficialDocument } from './model';
import { buildNotaDinas } from './buildNotaDinas';
import { para } from './paragraphs';
import { text } from './richText';
import type { NotulaSource } from './source';

/**
 * The invitation of a meeting in the form this meeting's letter takes: a Nota Dinas
 * (buildNotaDinas.ts) or the Surat Undangan (surat-undangan.md §1-2, model 2023): kop by the
 * signer; place and date on the right; Nomor / Sifat / Lampiran / Hal; "Yth." the invitees,
 * or the addressee "(daftar terlampir)" above the instansi's threshold with the DAFTAR
 * UNDANGAN on a page of its own; "di" the place; the opening; hari/tanggal, waktu, tempat,
 * acara; the closing; the signer by Pasal 44; Tembusan. In SRIKANDI mode the number, the
 * date and the signature space are SRIKANDI's variables, each one run of plain text.
 */
export function buildSuratUndangan(source: NotulaSource): OfficialDocument {
  if (invitationFormOf(source) === 'NOTA_DINAS') return buildNotaDinas(source);
  const warnings: string[] = [];
  const warn = (message: string) => warnings.push(message);
  const { instansi, meeting } = source;
  const parts = invitationLetterParts(source, warn);
  const { city, width, number, dateText, recipients, attached, signature } = parts;
  if (city === '') warn('Kota untuk baris tempat dan tanggal belum diisi di profil instansi.');

  // A letter's Nomor/Sifat/Lampiran/Hal labels are short: a narrow label column (2.5 cm).
  const header: IdentityBlock = {
    ...identityBlock(width, [
      identityRow('Nomor', [para([text(number)])]),
      identityRow('Sifat', parts.sifat),
      identityRow('Lampiran', parts.lampiran),
      identityRow('Hal', parts.hal),
    ]),
    columnWidths: [1417, 284, width - 1417 - 284],
  };

  const body = { align: 'justify' as const, spaceAfter: 120 };
  const placeDate = parts.srikandi
    ? [text(city === '' ? '' : `${city}, `), text(SRIKANDI.date)].filter((inline) => inline.text !== '')
    : [text(city === '' ? dateText : `${city}, ${dateText}`)];
  const { tembusan } = parts;
  const blocks: Block[] = [
    parts.kop,
    para(placeDate, { align: 'right', spaceBefore: 120, spaceAfter: 120 }),
    header,
    { kind: 'spacer', height: 240 },
    ...addresseeParagraphs(recipients, attached, parts.addressee),
    para('di'),
    para(city || 'Tempat', { indentLeft: YTH_INDENT, spaceAfter: 240 }),
    para(parts.opening, body),
    parts.details,
    para(parts.closing, { ...body, spaceBefore: 120 }),
    { kind: 'spacer', height: 240 },
    signature,
    ...(tembusan.length === 0
      ? []
      : [
          para('Tembusan:', { spaceBefore: 360, keepNext: true }),
          ...tembusan.map((line, index) =>
            para(line, {
              label: `${index + 1}.`,
              indentLeft: 425,
              hanging: 425,
              keepNext: index < tembusan.length - 1,
            }),
          ),
        ]),
    ...(attached ? attachedListBlocks(recipients, parts.signer, number, dateText, instansi, width, signature) : []),
  ];
  return invitationDocument(`Surat Undangan ${meeting.title}`, parts, blocks, warnings);
}
