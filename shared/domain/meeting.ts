import { valuesOf } from './vocabulary';
import type { ActingPrefix } from './commitment';
import type { MeetingId, PersonId, SeriesId } from './ids';
import type { Person } from './masterData';
import type { FieldValues } from '../records/fieldRegistry';
import type { MEETING_FIELDS } from '../records/meetingFields';

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

/** Sifat of the meeting, as a surat undangan carries it; the documents print the label. */
export const MEETING_SIFAT_LABELS = {
  BIASA: 'Biasa',
  PENTING: 'Penting',
  SEGERA: 'Segera',
  RAHASIA: 'Rahasia',
} as const satisfies Readonly<Record<string, string>>;
export const MEETING_SIFAT = valuesOf(MEETING_SIFAT_LABELS);
export type MeetingSifat = (typeof MEETING_SIFAT)[number];

/** What the renderer lists: plain data, dates as 'YYYY-MM-DD', times as ms. */
export type MeetingSummary = Readonly<{
  id: MeetingId;
  seriesId: SeriesId | null;
  title: string;
  date: string;
  place: string;
  /** 'HH:MM' in the meeting's own zone; with the date it tells Beranda whether the meeting was held. */
  startTime: string | null;
  timeZone: string;
  status: MeetingStatus;
  createdAt: number;
  updatedAt: number;
}>;

/* The inputs of the meetings channels are derived from their schemas (shared/ipc/meetingsSchemas.ts). */
export type { NewMeeting, RenameMeeting, UpdateMeetingIdentity } from '../ipc/meetingsContract';

/** Who holds a role (Ketua, Sekretaris, Pencatat) and whether acting ("Plt. Kepala …"). */
export type RoleAssignment = Readonly<{ personId: PersonId | null; acting: ActingPrefix }>;

/** A role holder with what the screen and the documents print about them. */
export type MeetingOfficial = Readonly<{ personId: PersonId; acting: ActingPrefix }> &
  Pick<Person, 'name' | 'nip' | 'rankCode' | 'position' | 'unitId' | 'unitName' | 'isPolitical'>;

/** The identity fields (kind, times, zone, place, invitation number and date, sifat): `shared/records/meetingFields.ts`. */
export type MeetingIdentityFields = FieldValues<typeof MEETING_FIELDS>;

export type MeetingDetail = MeetingSummary &
  MeetingIdentityFields &
  Readonly<{
    chair: MeetingOfficial | null;
    secretary: MeetingOfficial | null;
    notulis: MeetingOfficial | null;
    seriesTitle: string | null;
  }>;
