import type { StateCreator } from 'zustand';
import type { MeetingId } from '../../../shared/domain/ids';
import type { MeetingSummary, NewMeeting } from '../../../shared/domain/meeting';
import type { IpcResult } from '../../../shared/ipc/result';
import { call } from '../lib/api';
import type { AppState } from './index';
import type { LoadState } from './loadState';

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

export const createMeetingsSlice: StateCreator<AppState, [], [], MeetingsSlice> = (set) => ({
  meetings: [],
  meetingsLoad: { status: 'idle' },
  loadMeetings: async () => {
    set({ meetingsLoad: { status: 'loading' } });
    const result = await call('meetings:list', {});
    if (result.ok) set({ meetings: result.value, meetingsLoad: { status: 'ready' } });
    else set({ meetingsLoad: { status: 'error', message: result.error.message } });
  },
  // Each action merges the entity main returns, never an optimistic guess.
  createMeeting: async (input) => {
    const result = await call('meetings:create', input);
    if (result.ok) set((state) => ({ meetings: upsert(state.meetings, result.value) }));
    return result;
  },
  renameMeeting: async (id, title) => {
    const result = await call('meetings:rename', { id, title });
    if (result.ok) set((state) => ({ meetings: upsert(state.meetings, result.value) }));
    return result;
  },
  deleteMeeting: async (id) => {
    const result = await call('meetings:delete', { id });
    if (result.ok) set((state) => ({ meetings: state.meetings.filter((m) => m.id !== id) }));
    return result;
  },
  restoreMeeting: async (id) => {
    const result = await call('meetings:restore', { id });
    if (result.ok) set((state) => ({ meetings: upsert(state.meetings, result.value) }));
    return result;
  },
});
