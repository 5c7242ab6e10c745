import type { ActingPrefix } from './commitment';
import type { MeetingId, PersonId, SeriesId, TemplateId, UnitId } from './ids';
import type { IndonesianTimeZone } from './instansi';

/** Workflow states of a meeting's minutes (see issue on approval). Stored as TEXT. */
export const MEETING_STATUSES = ['DRAF', 'DIAJUKAN', 'DIKEMBALIKAN', 'DISAHKAN'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/**
 * Whether the meeting's content is locked: Diajukan as well as Disahkan (the chair reads
 * what was submitted, so it must not change under her eyes); Dikembalikan unlocks it.
 */
export function isContentLocked(status: MeetingStatus): boolean {
  return status === 'DIAJUKAN' || status === 'DISAHKAN';
}

/** The first identity row of the Notula: "Sidang/Rapat". */
export const MEETING_KINDS = ['Rapat', 'Sidang'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** What the renderer lists: plain data, dates as 'YYYY-MM-DD', times as ms. */
export type MeetingSummary = Readonly<{
  id: MeetingId;
  seriesId: SeriesId | null;
  title: string;
  date: string;
  place: string;
  status: MeetingStatus;
  createdAt: number;
  updatedAt: number;
}>;

export type NewMeeting = Readonly<{
  title: string;
  date: string;
  place: string;
  /** Copies the template's items into the new meeting's agenda. */
  templateId?: TemplateId;
  /** Joins the series and takes its defaults (chair, notulis, invitees; its template when none is given). */
  seriesId?: SeriesId;
}>;

export type RenameMeeting = Readonly<{ id: MeetingId; title: string }>;

/** Who holds a role (Ketua, Sekretaris, Pencatat) and whether acting ("Plt. Kepala …"). */
export type RoleAssignment = Readonly<{ personId: PersonId | null; acting: ActingPrefix }>;

/** A role holder with what the screen and the documents print about them. */
export type MeetingOfficial = Readonly<{
  personId: PersonId;
  acting: ActingPrefix;
  name: string;
  nip: string | null;
  rankCode: string | null;
  position: string;
  unitId: UnitId | null;
  unitName: string | null;
  isPolitical: boolean;
}>;

/**
 * The identity block of the Notula. The day name is never stored: screens and
 * documents compute it from `date`. A null `endTime` prints "s.d. selesai".
 */
export type MeetingIdentityFields = Readonly<{
  kind: MeetingKind;
  title: string;
  date: string;
  callTime: string | null;
  startTime: string | null;
  endTime: string | null;
  timeZone: IndonesianTimeZone;
  place: string;
  invitationNumber: string;
  invitationDate: string | null;
  chair: RoleAssignment;
  secretary: RoleAssignment;
  notulis: RoleAssignment;
}>;

export type UpdateMeetingIdentity = MeetingIdentityFields & Readonly<{ id: MeetingId }>;

export type MeetingDetail = MeetingSummary &
  Readonly<{
    kind: MeetingKind;
    callTime: string | null;
    startTime: string | null;
    endTime: string | null;
    timeZone: IndonesianTimeZone;
    invitationNumber: string;
    invitationDate: string | null;
    chair: MeetingOfficial | null;
    secretary: MeetingOfficial | null;
    notulis: MeetingOfficial | null;
    seriesTitle: string | null;
  }>;
