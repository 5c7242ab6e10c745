// Types and channel names only: the preload bundles this file, so zod and the specs are
// imported as types (erased). The channels themselves are specified in attendanceBulkSchemas.ts.
import type { ContractOf } from './channelSpec';
import { channelSet } from './channelSet';
import type { attendanceBulkSpec } from './attendanceBulkSchemas';

export type AttendanceBulkContract = ContractOf<typeof attendanceBulkSpec>;

export const ATTENDANCE_BULK_CHANNELS = channelSet<AttendanceBulkContract>()({
  attendance: ['invite-group', 'mark-all-present'],
});
