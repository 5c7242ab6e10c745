import type { ExportableKind } from '../document/fileNames';
import type { MeetingId, PersonId, SectionId } from './ids';
import type { MeetingDetail, MeetingStatus } from './meeting';

/*
 * The approval workflow of a meeting's minutes (issue 6): Draf -> Diajukan (to the
 * chair; the content is locked from here) -> Disahkan, or Dikembalikan with the chair's
 * notes (editable again, like a draft) and then Diajukan once more. An approved version
 * stays locked; "Buat revisi" opens the next version as a draft, with a reason.
 */

/** One recorded step; REVISI opens a new version. Stored as TEXT in approval_steps. */
export const APPROVAL_STEP_KINDS = ['DIAJUKAN', 'DIKEMBALIKAN', 'DISAHKAN', 'REVISI'] as const;
export type ApprovalStepKind = (typeof APPROVAL_STEP_KINDS)[number];

export type ApprovalStep = Readonly<{
  id: string;
  version: number;
  step: ApprovalStepKind;
  /** Whom the step names: the chair it went to, who returned or approved it. Null for a revision. */
  personId: PersonId | null;
  /** Name and jabatan as they were on that day. */
  personName: string;
  personPosition: string;
  /** The chair's notes (DIKEMBALIKAN), the revision's reason (REVISI), or an optional remark. */
  note: string;
  /** When the chair decided, 'YYYY-MM-DD' and 'HH:mm' in the meeting's zone. */
  decidedOn: string;
  decidedTime: string | null;
  /** Who typed it into the app, and when (ms). */
  recordedBy: string;
  recordedAt: number;
}>;

/** An approved version as stored in `documents`. */
export type ApprovedVersion = Readonly<{
  documentId: string;
  version: number;
  /** The moment of approval (ms), from the day and time recorded. */
  approvedAt: number;
  approvedOn: string;
  approvedTime: string | null;
  /** The chair's name and jabatan. */
  approvedBy: string;
  sha256: string;
  verificationCode: string;
  /** How many files were exported from this version (each one can be verified). */
  exports: number;
}>;

export type VersionInfo = Readonly<{
  version: number;
  /** DISAHKAN for every closed version; the meeting's status for the current one. */
  status: MeetingStatus;
  current: boolean;
  /** Why the version was opened (null for version 1). */
  revisionReason: string | null;
  openedAt: number | null;
  approved: ApprovedVersion | null;
}>;

/** The meeting's people the secretary can name as the chair deciding (chair first). */
export type ApprovalPerson = Readonly<{
  personId: PersonId;
  name: string;
  position: string;
  role: 'CHAIR' | 'SECRETARY' | 'ATTENDEE';
}>;

/**
 * What the Notula still lacks (notula-format.md 2.1: Ketua, Hari/Tanggal, Waktu, Acara,
 * Kata Pembukaan, Pembahasan per acara, Keputusan/Kesimpulan). Each blocks submission,
 * except the end time, which is needed only to approve (the meeting may still run when
 * she submits the first draft).
 */
export const APPROVAL_GAP_KINDS = [
  'CHAIR',
  'DATE',
  'START_TIME',
  'END_TIME',
  'AGENDA',
  'OPENING',
  'DISCUSSION',
  'CONCLUSION',
] as const;
export type ApprovalGapKind = (typeof APPROVAL_GAP_KINDS)[number];

export type ApprovalGap = Readonly<{
  kind: ApprovalGapKind;
  /** The step it stops: 'submit' stops both, 'approve' only the approval. */
  blocks: 'submit' | 'approve';
  /** A missing Pembahasan: its agenda item's title and its section (to jump to it). */
  agendaTitle: string | null;
  sectionId: SectionId | null;
}>;

export type ApprovalState = Readonly<{
  meetingId: MeetingId;
  status: MeetingStatus;
  version: number;
  /** The current version's steps, oldest first. */
  steps: ReadonlyArray<ApprovalStep>;
  /** The chair's notes when the current version was returned. */
  lastReturn: ApprovalStep | null;
  /** The current version's approval, when it is Disahkan. */
  approved: ApprovedVersion | null;
  people: ReadonlyArray<ApprovalPerson>;
  chairPersonId: PersonId | null;
  /** The meeting's day: an approval or return cannot be dated before it. */
  meetingDate: string;
  /** What must be filled in before the next step; empty when nothing is missing. */
  gaps: ReadonlyArray<ApprovalGap>;
}>;

/** Every workflow call answers with the new state and the meeting's header, so both screens update. */
export type ApprovalChange = Readonly<{ state: ApprovalState; meeting: MeetingDetail }>;

export type VerifiedVersion = Readonly<{
  meetingId: MeetingId;
  meetingTitle: string;
  meetingDate: string;
  version: number;
  approvedAt: number;
  approvedOn: string;
  approvedBy: string;
  verificationCode: string;
  /** The meeting's newest version: a later revision supersedes this one. */
  latestVersion: number;
}>;

export type VerifiedFile = Readonly<{
  kind: ExportableKind;
  format: 'docx' | 'pdf';
  fileName: string;
  exportedAt: number;
}>;

/**
 * MATCH: the file is byte for byte one exported from an approved version (or the code
 * belongs to one, or a PDF names one and prints its text). ALTERED: the file names a known version (its footer code) but its
 * bytes are not any file exported from it. UNKNOWN: nothing in this app's data matches.
 */
export type VerificationResult =
  | Readonly<{ verdict: 'MATCH'; by: 'file' | 'code'; version: VerifiedVersion; file: VerifiedFile | null }>
  /** A PDF printed from the version (other bytes than any recorded file): its text is that document's. */
  | Readonly<{ verdict: 'MATCH'; by: 'text'; version: VerifiedVersion; kind: ExportableKind }>
  /** `reason` (Indonesian, from main): where a PDF's text departs from the version it names. */
  | Readonly<{ verdict: 'ALTERED'; by: 'file'; version: VerifiedVersion; reason?: string }>
  | Readonly<{ verdict: 'UNKNOWN'; by: 'file' | 'code'; reason?: string }>;
