import type { StateCreator } from 'zustand';
import type { InvitationLetter } from '../../../shared/domain/invitationLetter';
import type { MeetingId } from '../../../shared/domain/ids';
import { call } from '../lib/api';
import type { AppState } from './index';
import { settle, type ChannelAction } from './storeActions';

/** The Surat Undangan's own words per meeting (Persiapan), as main last answered. */
export type LetterSlice = {
  letters: Readonly<Record<MeetingId, InvitationLetter>>;
  loadLetter: ChannelAction<'letter:get'>;
  updateLetter: ChannelAction<'letter:update'>;
};

export const createLetterSlice: StateCreator<AppState, [], [], LetterSlice> = (set) => {
  const keep = (letter: InvitationLetter) =>
    set((state) => ({ letters: { ...state.letters, [letter.meetingId]: letter } }));
  return {
    letters: {},
    loadLetter: (input) => settle(call('letter:get', input), keep),
    updateLetter: (input) => settle(call('letter:update', input), keep),
  };
};
