import type { MeetingsContract } from '../../../shared/ipc/meetingsContract';
import { getMeetingDetail, updateMeetingIdentity } from '../repositories/meetingIdentityRepository';
import { deleteMeeting, listMeetings, renameMeeting, restoreMeeting } from '../repositories/meetingsRepository';
import { createPreparedMeeting } from '../services/meetingSetup';
import { writeContext, type Handler } from './handlerTypes';

export const meetingsHandlers: { [C in keyof MeetingsContract]: Handler<C> } = {
  'meetings:list': (_input, ctx) => listMeetings(ctx.db),
  'meetings:create': (input, ctx) => createPreparedMeeting(ctx.db, input, writeContext(ctx)),
  'meetings:rename': (input, ctx) => renameMeeting(ctx.db, input.id, input.title, writeContext(ctx)),
  'meetings:delete': (input, ctx) => deleteMeeting(ctx.db, input.id, writeContext(ctx)),
  'meetings:restore': (input, ctx) => restoreMeeting(ctx.db, input.id, writeContext(ctx)),
  'meetings:get': (input, ctx) => getMeetingDetail(ctx.db, input.id),
  'meetings:update-identity': (input, ctx) => updateMeetingIdentity(ctx.db, input, writeContext(ctx)),
};
