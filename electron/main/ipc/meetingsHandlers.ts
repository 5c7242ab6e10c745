import type { MeetingsContract } from '../../../shared/ipc/meetingsContract';
import { getMeetingDetail, updateMeetingIdentity } from '../repositories/meetingIdentityRepository';
import { addDays } from '../../../shared/domain/followUp';
import {
  deleteMeeting,
  homeMeetings,
  listMeetings,
  renameMeeting,
  restoreMeeting,
} from '../repositories/meetingsRepository';
import { instansiToday } from '../services/followUp/today';
import { createPreparedMeeting } from '../services/meetingSetup';
import { writeContext, type Handler } from './handlerTypes';
import { readsAll, writesById, writesInput } from './handlerShapes';

export const meetingsHandlers: { [C in keyof MeetingsContract]: Handler<C> } = {
  'meetings:list': readsAll(listMeetings),
  // From the instansi's yesterday: a meeting's own zone is at most two hours from it.
  'meetings:home': (_input, ctx) => homeMeetings(ctx.db, addDays(instansiToday(ctx.db, ctx.now()), -1)),
  'meetings:create': writesInput(createPreparedMeeting),
  'meetings:rename': (input, ctx) => renameMeeting(ctx.db, input.id, input.title, writeContext(ctx)),
  'meetings:delete': writesById(deleteMeeting),
  'meetings:restore': writesById(restoreMeeting),
  'meetings:get': (input, ctx) => getMeetingDetail(ctx.db, input.id),
  'meetings:update-identity': writesInput(updateMeetingIdentity),
};
