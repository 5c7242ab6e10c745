import type { StateCreator } from 'zustand';
import type { Commitment, Decision } from '../../../shared/domain/captures';
import type { AgendaItemId, MeetingId } from '../../../shared/domain/ids';
import type { MinutesBundle } from '../../../shared/domain/minutes';
import type { ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import type { AgendaTimer } from '../../../shared/ipc/liveContract';
import type { IpcResult } from '../../../shared/ipc/result';
import { call } from '../lib/api';
import type { AppState } from './index';
import { settle, type ChannelAction } from './storeActions';

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

type Capture = { id: string; meetingId: MeetingId; position: number };

/** One meeting's captures of a kind, kept in place: what main saved goes in, what it deleted comes out. */
function perMeeting<T extends Capture>(
  set: Parameters<StateCreator<AppState>>[0],
  key: 'decisionsByMeeting' | 'commitmentsByMeeting',
) {
  const change = (meetingId: MeetingId, edit: (list: ReadonlyArray<T> | undefined) => T[]) =>
    set((state) => ({ [key]: { ...state[key], [meetingId]: edit(state[key][meetingId] as ReadonlyArray<T>) } }));
  return {
    store: (record: T) => change(record.meetingId, (list) => upsert(list, record)),
    drop: (record: T) => change(record.meetingId, (list) => (list ?? []).filter((x) => x.id !== record.id)),
  };
}

export const createMinutesSlice: StateCreator<AppState, [], [], MinutesSlice> = (set) => {
  const decisions = perMeeting<Decision>(set, 'decisionsByMeeting');
  const commitments = perMeeting<Commitment>(set, 'commitmentsByMeeting');
  const storeTimers = (meetingId: MeetingId) => (timers: ReadonlyArray<AgendaTimer>) =>
    set((state) => ({ timersByMeeting: { ...state.timersByMeeting, [meetingId]: timers } }));

  return {
    minutesByMeeting: {},
    decisionsByMeeting: {},
    commitmentsByMeeting: {},
    timersByMeeting: {},
    loadMinutes: (meetingId) =>
      settle(call('minutes:get', { meetingId }), (bundle) =>
        set((state) => ({ minutesByMeeting: { ...state.minutesByMeeting, [meetingId]: bundle } })),
      ),
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
    loadTimers: (meetingId) => settle(call('agenda:timers', { meetingId }), storeTimers(meetingId)),
    startAgendaItem: (meetingId, id) => settle(call('agenda:start-item', { id }), storeTimers(meetingId)),
    stopAgendaItem: (meetingId, id) => settle(call('agenda:stop-item', { id }), storeTimers(meetingId)),
    createDecision: (input) => settle(call('decisions:create', input), decisions.store),
    updateDecision: (input) => settle(call('decisions:update', input), decisions.store),
    deleteDecision: (decision) => settle(call('decisions:delete', { id: decision.id }), () => decisions.drop(decision)),
    restoreDecision: (input) => settle(call('decisions:restore', input), decisions.store),
    createCommitment: (input) => settle(call('commitments:create', input), commitments.store),
    updateCommitment: (input) => settle(call('commitments:update', input), commitments.store),
    deleteCommitment: (commitment) =>
      settle(call('commitments:delete', { id: commitment.id }), () => commitments.drop(commitment)),
    restoreCommitment: (input) => settle(call('commitments:restore', input), commitments.store),
    saveMinuteSection: (input) => call('minutes:save-section', input),
    readMinutes: (input) => call('minutes:get', input),
  };
};
