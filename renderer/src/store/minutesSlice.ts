import type { StateCreator } from 'zustand';
import type { Commitment, Decision } from '../../../shared/domain/captures';
import type { AgendaItemId, MeetingId } from '../../../shared/domain/ids';
import type { MinutesBundle } from '../../../shared/domain/minutes';
import type { ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import type { AgendaTimer } from '../../../shared/ipc/liveContract';
import type { IpcResult } from '../../../shared/ipc/result';
import { call } from '../lib/api';
import type { AppState } from './index';
import type { ChannelAction } from './storeActions';

type Run<
  C extends
    | 'decisions:create'
    | 'decisions:update'
    | 'decisions:restore'
    | 'commitments:create'
    | 'commitments:update'
    | 'commitments:restore',
> = (input: ChannelInput<C>) => Promise<IpcResult<ChannelOutput<C>>>;

/**
 * What "Rapat berlangsung" shows besides the text being typed. The text itself
 * lives in the editors and reaches main through their autosave, never through
 * the store: a keystroke must not re-render anything subscribed here.
 */
export type MinutesSlice = {
  /** Sections as loaded when the screen opened (their content is the starting point of each editor). */
  minutesByMeeting: Readonly<Record<MeetingId, MinutesBundle>>;
  decisionsByMeeting: Readonly<Record<MeetingId, ReadonlyArray<Decision>>>;
  commitmentsByMeeting: Readonly<Record<MeetingId, ReadonlyArray<Commitment>>>;
  timersByMeeting: Readonly<Record<MeetingId, ReadonlyArray<AgendaTimer>>>;
  loadMinutes: (meetingId: MeetingId) => Promise<IpcResult<MinutesBundle>>;
  loadCaptures: (meetingId: MeetingId) => Promise<IpcResult<unknown>>;
  loadTimers: (meetingId: MeetingId) => Promise<IpcResult<ReadonlyArray<AgendaTimer>>>;
  startAgendaItem: (meetingId: MeetingId, id: AgendaItemId) => Promise<IpcResult<ReadonlyArray<AgendaTimer>>>;
  stopAgendaItem: (meetingId: MeetingId, id: AgendaItemId) => Promise<IpcResult<ReadonlyArray<AgendaTimer>>>;
  createDecision: Run<'decisions:create'>;
  updateDecision: Run<'decisions:update'>;
  deleteDecision: (decision: Decision) => Promise<IpcResult<unknown>>;
  restoreDecision: Run<'decisions:restore'>;
  createCommitment: Run<'commitments:create'>;
  updateCommitment: Run<'commitments:update'>;
  deleteCommitment: (commitment: Commitment) => Promise<IpcResult<unknown>>;
  restoreCommitment: Run<'commitments:restore'>;
  /**
   * The autosave's write and the conflict check's read. Neither touches the store's state: an
   * answer must not re-render the live screen (the editor owns the text and its revision).
   */
  saveMinuteSection: ChannelAction<'minutes:save-section'>;
  readMinutes: ChannelAction<'minutes:get'>;
};

function upsert<T extends { id: string; position: number }>(list: ReadonlyArray<T> | undefined, item: T): T[] {
  return [...(list ?? []).filter((x) => x.id !== item.id), item].sort((a, b) => a.position - b.position);
}

export const createMinutesSlice: StateCreator<AppState, [], [], MinutesSlice> = (set) => {
  const storeDecision = (decision: Decision) =>
    set((state) => ({
      decisionsByMeeting: {
        ...state.decisionsByMeeting,
        [decision.meetingId]: upsert(state.decisionsByMeeting[decision.meetingId], decision),
      },
    }));
  const storeCommitment = (commitment: Commitment) =>
    set((state) => ({
      commitmentsByMeeting: {
        ...state.commitmentsByMeeting,
        [commitment.meetingId]: upsert(state.commitmentsByMeeting[commitment.meetingId], commitment),
      },
    }));
  const storeTimers = (meetingId: MeetingId, timers: ReadonlyArray<AgendaTimer>) =>
    set((state) => ({ timersByMeeting: { ...state.timersByMeeting, [meetingId]: timers } }));

  return {
    minutesByMeeting: {},
    decisionsByMeeting: {},
    commitmentsByMeeting: {},
    timersByMeeting: {},
    loadMinutes: async (meetingId) => {
      const result = await call('minutes:get', { meetingId });
      if (result.ok) set((state) => ({ minutesByMeeting: { ...state.minutesByMeeting, [meetingId]: result.value } }));
      return result;
    },
    loadCaptures: async (meetingId) => {
      const [decisions, commitments] = await Promise.all([
        call('decisions:list', { meetingId }),
        call('commitments:list', { meetingId }),
      ]);
      if (decisions.ok)
        set((state) => ({ decisionsByMeeting: { ...state.decisionsByMeeting, [meetingId]: decisions.value } }));
      if (commitments.ok)
        set((state) => ({ commitmentsByMeeting: { ...state.commitmentsByMeeting, [meetingId]: commitments.value } }));
      return decisions.ok ? commitments : decisions;
    },
    loadTimers: async (meetingId) => {
      const result = await call('agenda:timers', { meetingId });
      if (result.ok) storeTimers(meetingId, result.value);
      return result;
    },
    startAgendaItem: async (meetingId, id) => {
      const result = await call('agenda:start-item', { id });
      if (result.ok) storeTimers(meetingId, result.value);
      return result;
    },
    stopAgendaItem: async (meetingId, id) => {
      const result = await call('agenda:stop-item', { id });
      if (result.ok) storeTimers(meetingId, result.value);
      return result;
    },
    createDecision: async (input) => {
      const result = await call('decisions:create', input);
      if (result.ok) storeDecision(result.value);
      return result;
    },
    updateDecision: async (input) => {
      const result = await call('decisions:update', input);
      if (result.ok) storeDecision(result.value);
      return result;
    },
    deleteDecision: async (decision) => {
      const result = await call('decisions:delete', { id: decision.id });
      if (result.ok) {
        set((state) => ({
          decisionsByMeeting: {
            ...state.decisionsByMeeting,
            [decision.meetingId]: (state.decisionsByMeeting[decision.meetingId] ?? []).filter(
              (d) => d.id !== decision.id,
            ),
          },
        }));
      }
      return result;
    },
    restoreDecision: async (input) => {
      const result = await call('decisions:restore', input);
      if (result.ok) storeDecision(result.value);
      return result;
    },
    createCommitment: async (input) => {
      const result = await call('commitments:create', input);
      if (result.ok) storeCommitment(result.value);
      return result;
    },
    updateCommitment: async (input) => {
      const result = await call('commitments:update', input);
      if (result.ok) storeCommitment(result.value);
      return result;
    },
    deleteCommitment: async (commitment) => {
      const result = await call('commitments:delete', { id: commitment.id });
      if (result.ok) {
        set((state) => ({
          commitmentsByMeeting: {
            ...state.commitmentsByMeeting,
            [commitment.meetingId]: (state.commitmentsByMeeting[commitment.meetingId] ?? []).filter(
              (c) => c.id !== commitment.id,
            ),
          },
        }));
      }
      return result;
    },
    restoreCommitment: async (input) => {
      const result = await call('commitments:restore', input);
      if (result.ok) storeCommitment(result.value);
      return result;
    },
    saveMinuteSection: (input) => call('minutes:save-section', input),
    readMinutes: (input) => call('minutes:get', input),
  };
};
