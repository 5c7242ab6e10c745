import type { AttendanceStatus } from '../domain/attendance';
import type { OwnerStatus } from '../domain/commitment';
import type { IndonesianTimeZone, InstansiProfile, InvitationForm } from '../domain/instansi';
import type { MeetingSifat } from '../domain/meeting';
import type { COMMITMENT_FIELDS } from '../records/commitmentFields';
import type { MEETING_FIELDS } from '../records/meetingFields';
import type { PrintedValues } from '../records/fieldRegistry';
import type { RichBlock } from './richText';

/*
 * Everything the official documents need, already loaded and plain. Main assembles it from
 * the repositories (rich text through tiptapToRichBlocks); the builders never read the DB.
 */

/** Which office a signer holds: Permendagri 1/2023 Pasal 44 treats these differently. */
export const SIGNER_OFFICES = ['KEPALA_DAERAH', 'WAKIL_KEPALA_DAERAH', 'SEKDA', 'ASN'] as const;
export type SignerOffice = (typeof SIGNER_OFFICES)[number];

/** shared/domain's ACTING_PREFIXES plus Pjs. (penjabat sementara), which Pasal 44(4) names. */
export type SignerActing = '' | 'Plt.' | 'Plh.' | 'Pj.' | 'Pjs.';

export type SignerPerson = Readonly<{
  /** Full name with gelar, as stored: "dr. Desi Purnomo, S.E.". */
  name: string;
  /** 18 digits, or null for political offices and non-ASN. */
  nip: string | null;
  /** Print label from pangkat-golongan: "Penata Muda (III/a)". */
  rankLabel: string | null;
  /** Jabatan without the acting prefix: "Kepala Dinas Kesehatan", "Wakil Bupati Contoh". */
  position: string;
  acting: SignerActing;
  office: SignerOffice;
}>;

export type AgendaEntry = Readonly<{ title: string; presenter: string }>;

/** The registry's printed identity fields (meetingFields.ts) join these, absent in snapshots made before them. */
export type MeetingIdentity = PrintedValues<typeof MEETING_FIELDS> &
  Readonly<{
    kind: 'Rapat' | 'Sidang';
    title: string;
    date: string;
    callTime: string | null;
    startTime: string | null;
    /** Null prints "s.d. selesai". */
    endTime: string | null;
    /** The meeting's own zone; null falls back to the instansi's. */
    timeZone: IndonesianTimeZone | null;
    place: string;
    /** The surat undangan's number ('' when none) and date: the same names as the column and the form. */
    invitationNumber: string;
    invitationDate: string | null;
    /** Absent in snapshots approved before migration 0007: those meetings were Biasa. */
    sifat?: MeetingSifat;
  }>;

export type Representative = Readonly<{ name: string; nip: string; position: string }>;

export type AttendanceEntry = Readonly<{
  name: string;
  nip: string | null;
  rankLabel: string | null;
  position: string;
  unit: string;
  status: AttendanceStatus;
  /** Filled when status is DIWAKILI. */
  representative: Representative | null;
  arrivalTime: string | null;
  note: string;
}>;

export type DiscussionEntry = Readonly<{ agendaTitle: string; blocks: ReadonlyArray<RichBlock> }>;

export type MinutesContent = Readonly<{
  opening: ReadonlyArray<RichBlock>;
  /** One per agenda item, in agenda order. */
  discussions: ReadonlyArray<DiscussionEntry>;
  conclusions: ReadonlyArray<RichBlock>;
  closing: ReadonlyArray<RichBlock>;
}>;

export type CommitmentOwnerEntry = Readonly<{
  unit: string;
  status: OwnerStatus;
  /** Latest progress report, '' when none yet. */
  progress: string;
  /** File names or links. */
  evidence: ReadonlyArray<string>;
  /** Keterangan; the reason is required for TIDAK_DAPAT. */
  remarks: string;
}>;

/** The registry's printed fields of a commitment (commitmentFields.ts), absent in snapshots made before them. */
export type CommitmentEntry = PrintedValues<typeof COMMITMENT_FIELDS> &
  Readonly<{
    /** Uraian Hasil Rapat / Arahan Pimpinan: the finding or decision behind it ('' if none). */
    context: string;
    /** Rekomendasi / Rencana Tindak Lanjut. */
    text: string;
    dueDate: string | null;
    owners: ReadonlyArray<CommitmentOwnerEntry>;
  }>;

export type DocumentOptions = Readonly<{
  /** RINCI lists the participants in the notula; TERLAMPIR refers to the daftar hadir. */
  participants: 'TERLAMPIR' | 'RINCI';
  /** Adds a Pangkat/Gol. column to the daftar hadir (which then turns landscape). */
  attendanceShowsRank: boolean;
  /** Marks overdue commitments in the matriks; null skips the check. */
  asOf: string | null;
}>;

export const DEFAULT_DOCUMENT_OPTIONS: DocumentOptions = {
  participants: 'TERLAMPIR',
  attendanceShowsRank: false,
  asOf: null,
};

/** The Surat Undangan's own words, defaults not yet applied ('' = default). */
export type InvitationLetterSource = Readonly<{
  hal: string;
  lampiran: string;
  addressee: string;
  opening: string;
  closing: string;
  tembusan: ReadonlyArray<string>;
  signer: SignerPerson | null;
  onBehalfOf: string;
  /** Surat Undangan or Nota Dinas; '' takes the instansi's setting. */
  form: InvitationForm | '';
}>;

export type NotulaSource = Readonly<{
  instansi: InstansiProfile;
  meeting: MeetingIdentity;
  agenda: ReadonlyArray<AgendaEntry>;
  chair: SignerPerson | null;
  secretary: SignerPerson | null;
  notulis: SignerPerson | null;
  attendance: ReadonlyArray<AttendanceEntry>;
  minutes: MinutesContent;
  decisions: ReadonlyArray<string>;
  commitments: ReadonlyArray<CommitmentEntry>;
  /** Open commitments of earlier meetings of the series, with their status as of this meeting. */
  carryOver?: ReadonlyArray<CommitmentEntry>;
  options: DocumentOptions;
  /** Set only while the meeting's current version is approved: printed in every page footer. */
  verificationCode?: string | null;
  /**
   * The Surat Undangan's fields, read live even for an approved version: the letter went out
   * before the meeting and is no part of the minutes' snapshot. Absent prints the defaults.
   */
  letter?: InvitationLetterSource;
}>;

/**
 * The part of a source that is the version's content: what an approved version stores in its
 * snapshot and every document of it prints from (names, NIP, jabatan, units, texts, statuses
 * as they were at approval). The rest (instansi letterhead and paper, options, code) is added
 * at export.
 */
export type NotulaContent = Pick<
  NotulaSource,
  'meeting' | 'agenda' | 'chair' | 'secretary' | 'notulis' | 'attendance' | 'minutes' | 'decisions' | 'commitments'
> &
  Readonly<{ carryOver: ReadonlyArray<CommitmentEntry> }>;
