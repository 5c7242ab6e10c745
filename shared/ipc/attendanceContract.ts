// Types and channel names only: the preload bundles this file, so the spec is imported as a
// type (erased). The channels themselves are specified in attendanceSchemas.ts.
import type { ContractOf } from './channelSpec';
import { channelSet } from './channelSet';
import type { attendanceSpec } from './attendanceSchemas';
import type { AttendanceList } from '../domain/attendee';

export type InviteResult = AttendanceList & Readonly<{ added: number; skipped: number }>;

/** Every attendance change answers with the whole list and its running totals. */
export type AttendanceContract = ContractOf<typeof attendanceSpec>;

export const ATTENDANCE_CHANNELS = channelSet<AttendanceContract>()({
  attendance: ['list', 'invite', 'add-guest', 'set-status', 'set-arrival', 'remove'],
});
