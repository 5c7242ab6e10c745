import type { AttendanceBulkContract } from '../../../shared/ipc/attendanceBulkContract';
import { inviteInBulk, markAllPresent } from '../repositories/attendanceBulkRepository';
import { writeContext, type Handler } from './handlerTypes';
import { writesInput } from './handlerShapes';

export const attendanceBulkHandlers: { [C in keyof AttendanceBulkContract]: Handler<C> } = {
  'attendance:invite-group': writesInput(inviteInBulk),
  'attendance:mark-all-present': (input, ctx) => markAllPresent(ctx.db, input.meetingId, writeContext(ctx)),
};
