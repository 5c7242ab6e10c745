import { DEFAULT_ADDRESSEE, DEFAULT_CLOSING, defaultHal, defaultOpening } from '../domain/invitationLetter';
import type { InvitationForm } from '../domain/instansi';
import { MEETING_SIFAT_LABELS } from '../domain/meeting';
import { formatOfficialDate, formatTimeRange } from '../domain/officialDates';
import { NOTA_DINAS_STEMS, type FileStems } from './fileNames';
import { invitationRecipients, invitationSignature, SRIKANDI, YTH_INDENT } from './invitationParts';
import { identityRow } from './letterhead';
import { meetingFacts } from './meetingFacts';
import { pageSetup, textWidthOf, type Block, type IdentityBlock, type OfficialDocument } from './model';
import { para } from './paragraphs';
import { jabatanOf } from './signer';
import { kopBySigner } from './signerKop';
import type { InvitationLetterSource, NotulaSource } from './source';

/*
 * What the Surat Undangan and the Nota Dinas say alike (surat-undangan.md §1-§3): the number
 * and date (SRIKANDI's variables in its mode), sifat, lampiran, hal, the recipients and
 * whether they go on an attached page, the acara, the signer by Pasal 44 and the kop by the
 * signer. Each builder only puts them in its own order.
 */

export const DOTS = '.......................................';

const NO_LETTER: InvitationLetterSource = {
  hal: '',
  lampiran: '',
  addressee: '',
  opening: '',
  closing: '',
  tembusan: [],
  signer: null,
  onBehalfOf: '',
  form: '',
};

/** The form this meeting's letter takes: hers, else the instansi's. */
export function invitationFormOf(source: NotulaSource): InvitationForm {
  return source.letter?.form || source.instansi.invitation.form;
}

/** The words a meeting's files are named with: "Nota Dinas …" for an invitation written as one. */
export function fileStemsOf(source: NotulaSource): FileStems {
  return invitationFormOf(source) === 'NOTA_DINAS' ? NOTA_DINAS_STEMS : {};
}

export function invitationLetterParts(source: NotulaSource, warn: (message: string) => void) {
  const { instansi, meeting } = source;
  const letter = source.letter ?? NO_LETTER;
  const srikandi = instansi.invitation.srikandi;
  const page = pageSetup(instansi.paper, 'portrait');
  const width = textWidthOf(page);
  const facts = meetingFacts(source);
  const city = instansi.city.trim();

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

  // The invitation's time: the call time when set (the hour the invitees come), else the start.
  const time = formatTimeRange(meeting.callTime ?? meeting.startTime, meeting.endTime, facts.timeZone);
  if (time === null) warn('Waktu rapat (waktu panggilan atau waktu mulai) belum diisi.');
  if (meeting.place.trim() === '') warn('Tempat rapat belum diisi.');
  const chair = source.chair === null ? '' : jabatanOf(source.chair);
  const label = 1701;
  const details: IdentityBlock = {
    kind: 'identity',
    columnWidths: [YTH_INDENT + label, 284, width - YTH_INDENT - label - 284],
    rows: [
      identityRow('hari/tanggal', facts.longDate, YTH_INDENT),
      identityRow('waktu', time ?? '-', YTH_INDENT),
      identityRow('tempat', meeting.place.trim(), YTH_INDENT),
      identityRow(
        'acara',
        [para(meeting.title.trim() || '-'), ...(chair === '' ? [] : [para(`dipimpin oleh ${chair}`)])],
        YTH_INDENT,
      ),
    ],
  };

  return {
    page,
    width,
    city,
    srikandi,
    number,
    dateText,
    signer,
    recipients,
    attached,
    details,
    sifat: MEETING_SIFAT_LABELS[meeting.sifat ?? 'BIASA'],
    lampiran: letter.lampiran.trim() || (attached ? '1 (satu) lembar' : '-'),
    hal: letter.hal.trim() || defaultHal(meeting.title),
    addressee: letter.addressee.trim() || DEFAULT_ADDRESSEE,
    opening: letter.opening.trim() || defaultOpening(meeting.title),
    closing: letter.closing.trim() || DEFAULT_CLOSING,
    tembusan: letter.tembusan.map((line) => line.trim()).filter((line) => line !== ''),
    kop: kopBySigner(instansi, signer, letter.onBehalfOf, warn),
    signature: invitationSignature(signer, letter.onBehalfOf, instansi, width, warn),
    font: { family: instansi.fontFamily || 'Arial', sizePt: 12 },
  };
}

/**
 * The invitation as a document, in either form (Surat Undangan or Nota Dinas): a letter carries
 * no page numbers, attached list or not (surat-undangan.md §2).
 */
export function invitationDocument(
  title: string,
  parts: Pick<OfficialDocument, 'page' | 'font'>,
  blocks: ReadonlyArray<Block>,
  warnings: ReadonlyArray<string>,
): OfficialDocument {
  return {
    kind: 'SURAT_UNDANGAN',
    title: title.trim(),
    page: parts.page,
    font: parts.font,
    footer: { parts: [], align: 'right' },
    blocks,
    warnings,
  };
}
