import { DEFAULT_ADDRESSEE, DEFAULT_CLOSING, defaultHal, defaultOpening } from '../domain/invitationLetter';
import { MEETING_SIFAT_LABELS } from '../domain/meeting';
import { formatOfficialDate, formatTimeRange } from '../domain/officialDates';
import {
  addresseeParagraphs,
  attachedListBlocks,
  invitationRecipients,
  invitationSignature,
  SRIKANDI,
  YTH_INDENT,
} from './invitationParts';
import { identityBlock, identityRow, letterheadBlock } from './letterhead';
import { meetingFacts } from './meetingFacts';
import { pageSetup, textWidthOf, type Block, type IdentityBlock, type OfficialDocument } from './model';
import { para } from './paragraphs';
import { text } from './richText';
import { jabatanOf } from './signer';
import type { InvitationLetterSource, NotulaSource } from './source';

const DOTS = '.......................................';

const NO_LETTER: InvitationLetterSource = {
  hal: '',
  lampiran: '',
  addressee: '',
  opening: '',
  closing: '',
  tembusan: [],
  signer: null,
  onBehalfOf: '',
};

/**
 * The Surat Undangan of a meeting (surat-undangan.md §1-2, model 2023): kop; place and date
 * on the right; Nomor / Sifat / Lampiran / Hal; "Yth." the invitees, or the addressee
 * "(daftar terlampir)" above the instansi's threshold with the DAFTAR UNDANGAN on a page of
 * its own; "di" the place; the opening; hari/tanggal, waktu, tempat, acara; the closing; the
 * signer by Pasal 44; Tembusan. In SRIKANDI mode the number, the date and the signature
 * space are SRIKANDI's variables, each one run of plain text.
 */
export function buildSuratUndangan(source: NotulaSource): OfficialDocument {
  const warnings: string[] = [];
  const warn = (message: string) => warnings.push(message);
  const { instansi, meeting } = source;
  const letter = source.letter ?? NO_LETTER;
  const srikandi = instansi.invitation.srikandi;
  const page = pageSetup(instansi.paper, 'portrait');
  const width = textWidthOf(page);
  const facts = meetingFacts(source);
  const city = instansi.city.trim();
  if (city === '') warn('Kota untuk baris tempat dan tanggal belum diisi di profil instansi.');

  const typedNumber = meeting.invitationNumber.trim();
  const letterDate = meeting.invitationDate ?? null;
  if (!srikandi && typedNumber === '') warn('Nomor surat undangan belum diisi (Persiapan, identitas rapat).');
  if (!srikandi && letterDate === null) warn('Tanggal surat undangan belum diisi (Persiapan, identitas rapat).');
  const number = srikandi ? SRIKANDI.number : typedNumber || DOTS;
  const dateText = srikandi ? SRIKANDI.date : letterDate === null ? DOTS : formatOfficialDate(letterDate);

  const signer = letter.signer;
  if (signer === null) warn('Penanda tangan surat undangan belum dipilih.');
  const recipients = invitationRecipients(source, signer);
  if (recipients.length === 0) warn('Belum ada pejabat atau tamu yang diundang (Persiapan, daftar undangan).');
  const attached = recipients.length > instansi.invitation.listThreshold;

  // A letter's Nomor/Sifat/Lampiran/Hal labels are short: a narrow label column (2.5 cm).
  const header: IdentityBlock = {
    ...identityBlock(width, [
      identityRow('Nomor', [para([text(number)])]),
      identityRow('Sifat', MEETING_SIFAT_LABELS[meeting.sifat ?? 'BIASA']),
      identityRow('Lampiran', letter.lampiran.trim() || (attached ? '1 (satu) lembar' : '-')),
      identityRow('Hal', letter.hal.trim() || defaultHal(meeting.title)),
    ]),
    columnWidths: [1417, 284, width - 1417 - 284],
  };

  const time = formatTimeOrNull(source, facts.timeZone);
  if (time === null) warn('Waktu rapat (waktu panggilan atau waktu mulai) belum diisi.');
  if (meeting.place.trim() === '') warn('Tempat rapat belum diisi.');
  const chair = source.chair === null ? '' : jabatanOf(source.chair);
  const detailIndent = YTH_INDENT;
  const label = 1701;
  const details: IdentityBlock = {
    kind: 'identity',
    columnWidths: [detailIndent + label, 284, width - detailIndent - label - 284],
    rows: [
      identityRow('hari/tanggal', facts.longDate, detailIndent),
      identityRow('waktu', time ?? '-', detailIndent),
      identityRow('tempat', meeting.place.trim(), detailIndent),
      identityRow(
        'acara',
        [para(meeting.title.trim() || '-'), ...(chair === '' ? [] : [para(`dipimpin oleh ${chair}`)])],
        detailIndent,
      ),
    ],
  };

  const signature = invitationSignature(signer, letter.onBehalfOf, instansi, width, warn);
  const body = { align: 'justify' as const, spaceAfter: 120 };
  const placeDate = srikandi
    ? [text(city === '' ? '' : `${city}, `), text(SRIKANDI.date)].filter((inline) => inline.text !== '')
    : [text(city === '' ? dateText : `${city}, ${dateText}`)];
  const tembusan = letter.tembusan.map((line) => line.trim()).filter((line) => line !== '');
  const blocks: Block[] = [
    letterheadBlock(instansi),
    para(placeDate, { align: 'right', spaceBefore: 120, spaceAfter: 120 }),
    header,
    { kind: 'spacer', height: 240 },
    ...addresseeParagraphs(recipients, attached, letter.addressee.trim() || DEFAULT_ADDRESSEE),
    para('di'),
    para(city || 'Tempat', { indentLeft: YTH_INDENT, spaceAfter: 240 }),
    para(letter.opening.trim() || defaultOpening(meeting.title), body),
    details,
    para(letter.closing.trim() || DEFAULT_CLOSING, { ...body, spaceBefore: 120 }),
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
    ...(attached ? attachedListBlocks(recipients, signer, number, dateText, instansi, width, signature) : []),
  ];
  return {
    kind: 'SURAT_UNDANGAN',
    title: `Surat Undangan ${meeting.title}`.trim(),
    page,
    font: { family: instansi.fontFamily || 'Arial', sizePt: 12 },
    // A letter carries no page numbers, attached list or not (surat-undangan.md §2).
    footer: { parts: [], align: 'right' },
    blocks,
    warnings,
  };
}

/** The invitation's time: the call time when set (the hour the invitees come), else the start. */
function formatTimeOrNull(source: NotulaSource, timeZone: Parameters<typeof formatTimeRange>[2]): string | null {
  const { meeting } = source;
  return formatTimeRange(meeting.callTime ?? meeting.startTime, meeting.endTime, timeZone);
}
