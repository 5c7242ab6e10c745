import { create } from 'zustand';
import { createMeetingsSlice, type MeetingsSlice } from './meetingsSlice';

/** One store of slices; the database stays the source of truth, the store caches what screens show. */
export type AppState = MeetingsSlice;

export const useAppStore = create<AppState>()((...args) => ({
  ...createMeetingsSlice(...args),
}));
