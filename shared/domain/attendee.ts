import { ATTENDANCE_STATUSES, type AttendanceStatus } from './attendance';
import type { AttendanceId, MeetingId, PersonId, UnitId } from './ids';

export type Representative = Readonly<{ name: string; nip: string; position: string }>;

/**
 * One row of the invitation and attendance list: an invited unit (with its head
 * when known), an invited person, or a guest typed in by name (no NIP).
 */
export type Attendee = Readonly<{
  id: AttendanceId;
  meetingId: MeetingId;
  kind: 'PERSON' | 'UNIT' | 'GUEST';
  personId: PersonId | null;
  unitId: UnitId | null;
  /** The person's or guest's name; '' for a unit whose head is not known yet. */
  name: string;
  nip: string | null;
  position: string;
  /** The unit's name, or the guest's instansi. */
  agency: string;
  status: AttendanceStatus;
  /** Filled only while the status is DIWAKILI. */
  representative: Representative | null;
  arrivalTime: string | null;
  note: string;
  /** Order on the list (1, 2, 3…). */
  order: number;
  createdAt: number;
  updatedAt: number;
}>;

export type AttendanceTotals = Readonly<{
  /** Everyone on the list. */
  invited: number;
  /** Rows with a final status (everyone but DIUNDANG): the notula's "24 orang". */
  marked: number;
  /** Hadir plus Diwakili. */
  present: number;
  byStatus: Readonly<Record<AttendanceStatus, number>>;
}>;

export type AttendanceList = Readonly<{
  meetingId: MeetingId;
  attendees: ReadonlyArray<Attendee>;
  totals: AttendanceTotals;
}>;

/** Running totals of an attendance list. */
export function attendanceTotals(statuses: ReadonlyArray<AttendanceStatus>): AttendanceTotals {
  const byStatus = Object.fromEntries(ATTENDANCE_STATUSES.map((status) => [status, 0])) as Record<
    AttendanceStatus,
    number
  >;
  for (const status of statuses) byStatus[status] += 1;
  return {
    invited: statuses.length,
    marked: statuses.length - byStatus.DIUNDANG,
    present: byStatus.HADIR + byStatus.DIWAKILI,
    byStatus,
  };
}

const HEAD_POSITIONS: ReadonlyArray<RegExp> = [
  /^(Kepala|Inspektur|Camat|Lurah|Direktur)\b/i,
  /^Sekretaris (Daerah|DPRD)\b/i,
];

/**
 * Whether a jabatan heads its unit (Kepala Dinas, Inspektur, Camat, Sekretaris Daerah…),
 * so that inviting a unit invites its head. "Kepala Bidang …" under a dinas is excluded.
 */
export function isUnitHeadPosition(position: string): boolean {
  const trimmed = position.trim();
  if (/^Kepala (Bidang|Seksi|Sub|Subbagian|UPT|Unit)\b/i.test(trimmed)) return false;
  return HEAD_POSITIONS.some((pattern) => pattern.test(trimmed));
}
