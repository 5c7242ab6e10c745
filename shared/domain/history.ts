/*
 * A meeting's audit log made readable (the Riwayat tab). Main reads the log and says
 * what changed in plain values; the renderer words it in the UI's language:
 * "10.42 siti mengubah kehadiran Dinas Kesehatan: Izin → Hadir".
 */

/** What a changed value is, so the renderer can show "Izin" rather than "IZIN". */
/** 'dateTime' is 'YYYY-MM-DD HH:mm' (or just the date) in the meeting's zone: when the chair decided. */
export const HISTORY_VALUE_KINDS = [
  'text',
  'attendanceStatus',
  'meetingStatus',
  'ownerStatus',
  'date',
  'time',
  'dateTime',
  'number',
  'timestamp',
] as const;
export type HistoryValueKind = (typeof HISTORY_VALUE_KINDS)[number];

export type HistoryChange = Readonly<{
  /** A field name the renderer has a label for (status, title, arrivalTime, …). */
  field: string;
  kind: HistoryValueKind;
  before: string | null;
  after: string | null;
}>;

/** The kinds of thing the log speaks about; anything else is shown as 'other'. */
export const HISTORY_SUBJECTS = [
  'meeting',
  'attendance',
  'agenda_item',
  'agenda',
  'minute_section',
  'decision',
  'commitment',
  'commitment_update',
  'commitment_owner',
  'carryover',
  'approval',
  'other',
] as const;
export type HistorySubject = (typeof HISTORY_SUBJECTS)[number];

export type HistoryAction =
  | 'create'
  | 'update'
  | 'delete'
  | 'restore'
  | 'start'
  | 'stop'
  | 'reorder'
  | 'submit'
  | 'return'
  | 'approve'
  | 'revise';

export type HistoryEntry = Readonly<{
  seq: number;
  at: number;
  /** Set when several saves of the same thing in a row are shown as one line (typing). */
  until: number | null;
  count: number;
  actor: string;
  subject: HistorySubject;
  action: HistoryAction;
  /** What it is about: "Dinas Kesehatan", an agenda item's title, a decision's first words. */
  name: string;
  changes: ReadonlyArray<HistoryChange>;
  /** The chair's notes, a revision's reason, the person a step names. */
  note: string;
  version: number | null;
}>;

export type MeetingHistory = Readonly<{
  meetingId: string;
  /** Newest first. */
  entries: ReadonlyArray<HistoryEntry>;
  /** Entries in all, before `limit` cut the list. */
  total: number;
}>;
