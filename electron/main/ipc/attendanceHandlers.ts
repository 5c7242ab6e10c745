import type { AttendanceContract } from '../../../shared/ipc/attendanceContract';
import {
  addGuest,
  inviteAttendees,
  listAttendance,
  removeAttendee,
  setArrivalTime,
  setAttendanceStatus,
} from '../repositories/attendanceRepository';
import { assertMeetingExists } from '../repositories/preparationChecks';
import { writeContext, type Handler } from './handlerTypes';

export const attendanceHandlers: { [C in keyof AttendanceContract]: Handler<C> } = {
  'attendance:list': (input, ctx) => {
    assertMeetingExists(ctx.db, input.meetingId);
    return listAttendance(ctx.db, input.meetingId);
  },
  'attendance:invite': (input, ctx) => inviteAttendees(ctx.db, input, writeContext(ctx)),
  'attendance:add-guest': (input, ctx) => addGuest(ctx.db, input, writeContext(ctx)),
  'attendance:set-status': (input, ctx) => setAttendanceStatus(ctx.db, input, writeContext(ctx)),
  'attendance:set-arrival': (input, ctx) => setArrivalTime(ctx.db, input.id, input.arrivalTime, writeContext(ctx)),
  'attendance:remove': (input, ctx) => removeAttendee(ctx.db, input.id, writeContext(ctx)),
};
