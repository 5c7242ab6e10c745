import type { StateCreator } from 'zustand';
import type { MeetingId } from '../../../shared/domain/ids';
import type { MeetingSummary, NewMeeting } from '../../../shared/domain/meeting';
import type { IpcResult } from '../../../shared/ipc/result';
import { call } from '../lib/api';
import type { AppState } from './index';
import type { LoadState } from './loadState';
import { dropFrom, loadList, settle } from './storeActions';

export type MeetingsSlice = {
  meetings: ReadonlyArray<MeetingSummary>;
  meetingsLoad: LoadState;
  loadMeetings: () => Promise<void>;
  createMeeting: (input: NewMeeting) => Promise<IpcResult<MeetingSummary>>;
  renameMeeting: (id: MeetingId, title: string) => Promise<IpcResult<MeetingSummary>>;
  deleteMeeting: (id: MeetingId) => Promise<IpcResult<{ id: MeetingId }>>;
  restoreMeeting: (id: MeetingId) => Promise<IpcResult<MeetingSummary>>;
};

/** Same order as main's list: newest date first, then newest created. */
function byDateDesc(a: MeetingSummary, b: MeetingSummary): number {
  return b.date.localeCompare(a.date) || b.createdAt - a.createdAt;
}

/** Merges one meeting into the list (other slices use it after they change a meeting). */
export function upsertMeeting(list: ReadonlyArray<MeetingSummary>, meeting: MeetingSummary): MeetingSummary[] {
  const { id, seriesId, title, date, place, startTime, timeZone, status, createdAt, updatedAt } = meeting;
  const summary: MeetingSummary = {
    id,
    seriesId,
    title,
    date,
    place,
    startTime,
    timeZone,
    status,
    createdAt,
    updatedAt,
  };
  return [...list.filter((m) => m.id !== meeting.id), summary].sort(byDateDesc);
}

const upsert = upsertMeeting;

export const createMeetingsSlice: StateCreator<AppState, [], [], MeetingsSlice> = (set) => {
  // Each action merges the entity main returns, never an optimistic guess.
  const merge = (meeting: MeetingSummary) => set((state) => ({ meetings: upsert(state.meetings, meeting) }));
  return {
    meetings: [],
    meetingsLoad: { status: 'idle' },
    loadMeetings: loadList(set, 'meetings', () => call('meetings:list', {})),
    createMeeting: (input) => settle(call('meetings:create', input), merge),
    renameMeeting: (id, title) => settle(call('meetings:rename', { id, title }), merge),
    deleteMeeting: (id) => settle(call('meetings:delete', { id }), () => dropFrom(set, 'meetings', id)),
    restoreMeeting: (id) => settle(call('meetings:restore', { id }), merge),
  };
};
