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
import { writesInput, writesById } from './handlerShapes';
import { listOfMeeting } from './meetingScoped';

export const attendanceHandlers: { [C in keyof AttendanceContract]: Handler<C> } = {
  'attendance:list': listOfMeeting(listAttendance),
  'attendance:invite': writesInput(inviteAttendees),
  'attendance:add-guest': writesInput(addGuest),
  'attendance:set-status': writesInput(setAttendanceStatus),
  'attendance:set-arrival': (input, ctx) => setArrivalTime(ctx.db, input.id, input.arrivalTime, writeContext(ctx)),
  'attendance:remove': writesById(removeAttendee),
};
