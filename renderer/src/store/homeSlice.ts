import type { StateCreator } from 'zustand';
import type { MeetingSummary } from '../../../shared/domain/meeting';
import { call } from '../lib/api';
import type { AppState } from './index';
import type { LoadState } from './loadState';
import { loadList } from './storeActions';

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
  loadHomeMeetings: loadList(set, 'homeMeetings', () => call('meetings:home', {})),
});
