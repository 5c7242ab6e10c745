import { z } from 'zod';
import type { AttendanceList } from '../domain/attendee';
import type { MeetingId, UnitGroupId } from '../domain/ids';
import type { InviteResult } from './attendanceContract';
import { channel, meetingOf, meetingWrite, schemasOf } from './channelSpec';
import { entityId } from './schemaHelpers';

/**
 * Preparation in bulk, one spec per channel (beside the attendance namespace, which is not yet
 * converted): whole groups invited at once, and everyone still invited marked present.
 */
export const attendanceBulkSpec = {
  /**
   * ALL_UNITS: every active OPD with its head; PREVIOUS_MEETING: the invited of the series' previous
   * meeting; SAVED_GROUP: the OPD of a saved Kelompok OPD (unitGroupId), in its order.
   */
  'attendance:invite-group': channel<InviteResult>()(
    z
      .strictObject({
        meetingId: entityId<MeetingId>('rapat'),
        group: z.enum(['ALL_UNITS', 'PREVIOUS_MEETING', 'SAVED_GROUP'], { error: 'Kelompok undangan tidak dikenal.' }),
        unitGroupId: entityId<UnitGroupId>('kelompok OPD').optional(),
      })
      .refine((input): boolean => input.group !== 'SAVED_GROUP' || input.unitGroupId !== undefined, {
        error: 'Pilih kelompok OPD yang akan diundang.',
        path: ['unitGroupId'],
      }),
    meetingWrite((input: { meetingId: string }) => meetingOf(input.meetingId)),
  ),
  /** Every row still Diundang becomes Hadir (arrival now on the meeting's day); the exceptions are changed after. */
  'attendance:mark-all-present': channel<AttendanceList & Readonly<{ marked: number }>>()(
    z.strictObject({ meetingId: entityId<MeetingId>('rapat') }),
    meetingWrite((input: { meetingId: string }) => meetingOf(input.meetingId)),
  ),
};

export const attendanceBulkSchemas = schemasOf(attendanceBulkSpec);
