// Types and channel names only: the preload bundles this file, so zod and the specs are
// imported as types (erased). The channels themselves are specified in meetingsSchemas.ts.
import type { ContractOf } from './channelSpec';
import { channelSet } from './channelSet';
import type { meetingsSpec } from './meetingsSchemas';

export type MeetingsContract = ContractOf<typeof meetingsSpec>;

/** Inputs, derived from their schemas (written once, in meetingsSchemas.ts). */
export type NewMeeting = MeetingsContract['meetings:create']['input'];
export type RenameMeeting = MeetingsContract['meetings:rename']['input'];
export type UpdateMeetingIdentity = MeetingsContract['meetings:update-identity']['input'];

/** The channel names the preload exposes; the compiler checks them against the specs both ways. */
export const MEETINGS_CHANNELS = channelSet<MeetingsContract>()({
  meetings: ['list', 'home', 'create', 'rename', 'delete', 'restore', 'get', 'update-identity'],
});
