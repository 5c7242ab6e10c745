// Types and channel names only: the preload bundles this file, so no zod here.
import type { MeetingId } from '../domain/ids';
import type { MeetingSummary, NewMeeting, RenameMeeting } from '../domain/meeting';

export type MeetingsContract = {
  'meetings:list': { input: Record<string, never>; output: ReadonlyArray<MeetingSummary> };
  'meetings:create': { input: NewMeeting; output: MeetingSummary };
  'meetings:rename': { input: RenameMeeting; output: MeetingSummary };
  'meetings:delete': { input: { id: MeetingId }; output: { id: MeetingId } };
  /** Undoes a delete (the "Batalkan" of the toast). */
  'meetings:restore': { input: { id: MeetingId }; output: MeetingSummary };
};

export const MEETINGS_CHANNELS = {
  'meetings:list': true,
  'meetings:create': true,
  'meetings:rename': true,
  'meetings:delete': true,
  'meetings:restore': true,
} as const satisfies Record<keyof MeetingsContract, true>;
