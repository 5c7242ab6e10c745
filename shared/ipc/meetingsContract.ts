// Types and channel names only: the preload bundles this file, so no zod here.
import type { MeetingId } from '../domain/ids';
import type { MeetingDetail, MeetingSummary, NewMeeting, RenameMeeting, UpdateMeetingIdentity } from '../domain/meeting';

export type MeetingsContract = {
  'meetings:list': { input: Record<string, never>; output: ReadonlyArray<MeetingSummary> };
  'meetings:create': { input: NewMeeting; output: MeetingSummary };
  'meetings:rename': { input: RenameMeeting; output: MeetingSummary };
  'meetings:delete': { input: { id: MeetingId }; output: { id: MeetingId } };
  /** Undoes a delete (the "Batalkan" of the toast). */
  'meetings:restore': { input: { id: MeetingId }; output: MeetingSummary };
  /** The whole identity block with the role holders' person data. */
  'meetings:get': { input: { id: MeetingId }; output: MeetingDetail };
  'meetings:update-identity': { input: UpdateMeetingIdentity; output: MeetingDetail };
};

export const MEETINGS_CHANNELS = {
  'meetings:list': true,
  'meetings:create': true,
  'meetings:rename': true,
  'meetings:delete': true,
  'meetings:restore': true,
  'meetings:get': true,
  'meetings:update-identity': true,
} as const satisfies Record<keyof MeetingsContract, true>;
