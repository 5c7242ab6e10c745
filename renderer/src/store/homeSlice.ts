import type { StateCreator } from 'zustand';
import type { MeetingSummary } from '../../../shared/domain/meeting';
import { call } from '../lib/api';
import type { AppState } from './index';
import type { LoadState } from './loadState';

/**
 * Beranda's meetings: what is ahead and the last few held (meetings:home), not the whole
 * list of Rapat, so the first screen costs the same after thirty years as after one.
 */
export type HomeSlice = {
  homeMeetings: ReadonlyArray<MeetingSummary>;
  homeMeetingsLoad: LoadState;
  loadHomeMeetings: () => Promise<void>;
};

export const createHomeSlice: StateCreator<AppState, [], [], HomeSlice> = (set) => ({
  homeMeetings: [],
  homeMeetingsLoad: { status: 'idle' },
  loadHomeMeetings: async () => {
    set({ homeMeetingsLoad: { status: 'loading' } });
    const result = await call('meetings:home', {});
    if (result.ok) set({ homeMeetings: result.value, homeMeetingsLoad: { status: 'ready' } });
    else set({ homeMeetingsLoad: { status: 'error', message: result.error.message } });
  },
});
