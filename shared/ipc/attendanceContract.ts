// Types and channel names only: the preload bundles this file, so the spec is imported as a
// type (erased). The channels themselves are specified in attendanceSchemas.ts.
import type { ContractOf } from './channelSpec';
import type { attendanceSpec } from './attendanceSchemas';
import type { AttendanceList } from '../domain/attendee';

export type InviteResult = AttendanceList & Readonly<{ added: number; skipped: number }>;

/** Every attendance change answers with the whole list and its running totals. */
export type AttendanceContract = ContractOf<typeof attendanceSpec>;

export const ATTENDANCE_CHANNELS = {
  'attendance:list': true,
  'attendance:invite': true,
  'attendance:add-guest': true,
  'attendance:set-status': true,
  'attendance:set-arrival': true,
  'attendance:remove': true,
} as const satisfies Record<keyof AttendanceContract, true>;
