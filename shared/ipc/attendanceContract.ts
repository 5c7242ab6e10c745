// Types and channel names only: the preload bundles this file, so no zod here.
import type { AttendanceStatus } from '../domain/attendance';
import type { AttendanceList, Representative } from '../domain/attendee';
import type { AttendanceId, MeetingId, PersonId, UnitId } from '../domain/ids';

export type InviteResult = AttendanceList & Readonly<{ added: number; skipped: number }>;

/** Every attendance change answers with the whole list and its running totals. */
export type AttendanceContract = {
  'attendance:list': { input: { meetingId: MeetingId }; output: AttendanceList };
  /** One row per unit (with its head when known) and per person; those already listed are skipped. */
  'attendance:invite': {
    input: { meetingId: MeetingId; unitIds: ReadonlyArray<UnitId>; personIds: ReadonlyArray<PersonId> };
    output: InviteResult;
  };
  /** A guest without NIP: name, jabatan, instansi. */
  'attendance:add-guest': {
    input: { meetingId: MeetingId; name: string; position: string; agency: string; status: AttendanceStatus };
    output: AttendanceList;
  };
  /** DIWAKILI needs the representative; other statuses clear it. */
  'attendance:set-status': {
    input: { id: AttendanceId; status: AttendanceStatus; representative: Representative | null; note: string };
    output: AttendanceList;
  };
  'attendance:set-arrival': { input: { id: AttendanceId; arrivalTime: string | null }; output: AttendanceList };
  'attendance:remove': { input: { id: AttendanceId }; output: AttendanceList };
};

export const ATTENDANCE_CHANNELS = {
  'attendance:list': true,
  'attendance:invite': true,
  'attendance:add-guest': true,
  'attendance:set-status': true,
  'attendance:set-arrival': true,
  'attendance:remove': true,
} as const satisfies Record<keyof AttendanceContract, true>;
