import type { AttendanceBulkContract } from '../../../shared/ipc/attendanceBulkContract';
import { inviteInBulk, markAllPresent } from '../repositories/attendanceBulkRepository';
import { writeContext, type Handler } from './handlerTypes';

export const attendanceBulkHandlers: { [C in keyof AttendanceBulkContract]: Handler<C> } = {
  'attendance:invite-group': (input, ctx) => inviteInBulk(ctx.db, input, writeContext(ctx)),
  'attendance:mark-all-present': (input, ctx) => markAllPresent(ctx.db, input.meetingId, writeContext(ctx)),
};
