import type { AttendanceContract } from '../../../shared/ipc/attendanceContract';
import {
  addGuest,
  inviteAttendees,
  listAttendance,
  removeAttendee,
  setArrivalTime,
  setAttendanceStatus,
} from '../repositories/attendanceRepository';
import { writeContext, type Handler } from './handlerTypes';
import { listOfMeeting } from './meetingScoped';

export const attendanceHandlers: { [C in keyof AttendanceContract]: Handler<C> } = {
  'attendance:list': listOfMeeting(listAttendance),
  'attendance:invite': (input, ctx) => inviteAttendees(ctx.db, input, writeContext(ctx)),
  'attendance:add-guest': (input, ctx) => addGuest(ctx.db, input, writeContext(ctx)),
  'attendance:set-status': (input, ctx) => setAttendanceStatus(ctx.db, input, writeContext(ctx)),
  'attendance:set-arrival': (input, ctx) => setArrivalTime(ctx.db, input.id, input.arrivalTime, writeContext(ctx)),
  'attendance:remove': (input, ctx) => removeAttendee(ctx.db, input.id, writeContext(ctx)),
};
