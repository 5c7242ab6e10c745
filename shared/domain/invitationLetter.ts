import type { MeetingId } from './ids';
import type { InvitationForm } from './instansi';
import type { RoleAssignment } from './meeting';

/*
 * The Surat Undangan's own words, kept per meeting (surat-undangan.md §1-2). Its number,
 * date and sifat are the meeting's (invitationNumber, invitationDate, sifat): the Notula
 * cites the same letter. Every text left '' prints the default below, which follows the
 * meeting (its title, its invitees), so a letter never prints a stale default she never typed.
 */
export type InvitationLetter = Readonly<{
  meetingId: MeetingId;
  /** Hal; '' prints "Undangan <judul rapat>". */
  hal: string;
  /** Lampiran; '' prints "1 (satu) lembar" with an attached list, else "-". */
  lampiran: string;
  /** Who "Yth." names when the recipients are listed on the attached page; '' prints DEFAULT_ADDRESSEE. */
  addressee: string;
  /** Pembuka; '' prints defaultOpening(title). */
  opening: string;
  /** Penutup; '' prints DEFAULT_CLOSING. */
  closing: string;
  /** Tembusan, one recipient a line ('' = none). */
  tembusan: string;
  /** Who signs; Pasal 44 decides what the block shows, as for the Notula. */
  signer: RoleAssignment;
  /** "Bupati Contoh" prints "a.n. BUPATI CONTOH" above the signer's jabatan ('' = signs in own name). */
  onBehalfOf: string;
  /** Surat Undangan or Nota Dinas; '' takes the instansi's setting. */
  form: InvitationForm | '';
}>;

export const INVITATION_FORM_LABELS: Readonly<Record<InvitationForm, string>> = {
  SURAT_UNDANGAN: 'Surat Undangan',
  NOTA_DINAS: 'Nota Dinas',
};

export const DEFAULT_ADDRESSEE = 'Kepala Perangkat Daerah';
export const DEFAULT_CLOSING = 'Atas perhatian Saudara, kami ucapkan terima kasih.';

export function defaultHal(meetingTitle: string): string {
  return `Undangan ${meetingTitle.trim()}`.trim();
}

export function defaultOpening(meetingTitle: string): string {
  return `Dalam rangka ${meetingTitle.trim()}, dengan ini kami mengundang Saudara untuk hadir pada:`;
}

/** A meeting whose letter was never edited. */
/** The letter's texts, each with the most characters main keeps: the form stops her there, the schema refuses more. */
export const LETTER_TEXT_LIMITS = {
  hal: 300,
  lampiran: 100,
  addressee: 200,
  opening: 2000,
  closing: 1000,
  tembusan: 2000,
  onBehalfOf: 200,
} as const satisfies Partial<Record<keyof InvitationLetter, number>>;

export type LetterText = keyof typeof LETTER_TEXT_LIMITS;

export function emptyInvitationLetter(meetingId: MeetingId): InvitationLetter {
  return {
    meetingId,
    hal: '',
    lampiran: '',
    addressee: '',
    opening: '',
    closing: '',
    tembusan: '',
    signer: { personId: null, acting: '' },
    onBehalfOf: '',
    form: '',
  };
}

/** The tembusan lines as printed: blank lines dropped, each trimmed. */
export function tembusanLines(tembusan: string): string[] {
  return tembusan
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
