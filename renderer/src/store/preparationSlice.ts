import type { StateCreator } from 'zustand';
import type { AgendaItem } from '../../../shared/domain/agenda';
import type { AttendanceList } from '../../../shared/domain/attendee';
import type { MeetingId } from '../../../shared/domain/ids';
import type { MeetingDetail } from '../../../shared/domain/meeting';
import type { ChannelInput, ChannelOutput, IpcChannel } from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../shared/ipc/result';
import { call } from '../lib/api';
import type { AppState } from './index';
import { settle } from './storeActions';
import { upsertMeeting } from './meetingsSlice';

type Agenda = ReadonlyArray<AgendaItem>;
type Run<C extends IpcChannel> = (input: ChannelInput<C>) => Promise<IpcResult<ChannelOutput<C>>>;

/** One meeting's Persiapan: its identity, agenda and attendance, keyed by meeting id. */
export type PreparationSlice = {
  meetingDetails: Readonly<Record<MeetingId, MeetingDetail>>;
  agendaByMeeting: Readonly<Record<MeetingId, Agenda>>;
  attendanceByMeeting: Readonly<Record<MeetingId, AttendanceList>>;
  loadMeetingDetail: (id: MeetingId) => Promise<IpcResult<MeetingDetail>>;
  loadAgenda: (meetingId: MeetingId) => Promise<IpcResult<Agenda>>;
  loadAttendance: (meetingId: MeetingId) => Promise<IpcResult<AttendanceList>>;
  updateIdentity: Run<'meetings:update-identity'>;
  addAgendaItem: Run<'agenda:add'>;
  updateAgendaItem: Run<'agenda:update'>;
  removeAgendaItem: Run<'agenda:remove'>;
  reorderAgenda: Run<'agenda:reorder'>;
  inviteAttendees: Run<'attendance:invite'>;
  addGuest: Run<'attendance:add-guest'>;
  setAttendanceStatus: Run<'attendance:set-status'>;
  setArrivalTime: Run<'attendance:set-arrival'>;
  removeAttendee: Run<'attendance:remove'>;
  inviteGroup: Run<'attendance:invite-group'>;
  markAllPresent: Run<'attendance:mark-all-present'>;
};

export const createPreparationSlice: StateCreator<AppState, [], [], PreparationSlice> = (set, get) => {
  // Each action merges what main answers (the whole agenda or list), never an optimistic guess.
  const storeDetail = (detail: MeetingDetail) =>
    set((state) => ({
      meetingDetails: { ...state.meetingDetails, [detail.id]: detail },
      meetings: state.meetings.some((m) => m.id === detail.id) ? upsertMeeting(state.meetings, detail) : state.meetings,
    }));
  const storeAgenda = (meetingId: MeetingId, agenda: Agenda) =>
    set((state) => ({ agendaByMeeting: { ...state.agendaByMeeting, [meetingId]: agenda } }));
  const storeAttendance = (list: AttendanceList) =>
    set((state) => ({ attendanceByMeeting: { ...state.attendanceByMeeting, [list.meetingId]: list } }));

  // The meeting an agenda call is about: named in the input, or found from the item in the cache.
  const agendaMeeting = (input: { meetingId?: MeetingId; id?: string }): MeetingId | undefined =>
    input.meetingId ??
    (Object.entries(get().agendaByMeeting) as Array<[MeetingId, Agenda]>).find(([, items]) =>
      items.some((i) => i.id === input.id),
    )?.[0];
  const agendaAction =
    <C extends 'agenda:add' | 'agenda:update' | 'agenda:remove' | 'agenda:reorder'>(channel: C): Run<C> =>
    async (input) => {
      const meetingId = agendaMeeting(input as { meetingId?: MeetingId; id?: string });
      const result = await call(channel, input);
      const owner = result.ok ? (result.value[0]?.meetingId ?? meetingId) : undefined;
      if (result.ok && owner) storeAgenda(owner, result.value);
      return result;
    };
  const attendanceAction =
    <
      C extends
        | 'attendance:invite'
        | 'attendance:add-guest'
        | 'attendance:set-status'
        | 'attendance:set-arrival'
        | 'attendance:remove'
        | 'attendance:invite-group'
        | 'attendance:mark-all-present',
    >(
      channel: C,
    ): Run<C> =>
    (input) =>
      settle(call(channel, input), (list) => storeAttendance(list as AttendanceList));

  return {
    meetingDetails: {},
    agendaByMeeting: {},
    attendanceByMeeting: {},
    loadMeetingDetail: (id) => settle(call('meetings:get', { id }), storeDetail),
    loadAgenda: (meetingId) => settle(call('agenda:list', { meetingId }), (value) => storeAgenda(meetingId, value)),
    loadAttendance: (meetingId) => settle(call('attendance:list', { meetingId }), storeAttendance),
    updateIdentity: (input) => settle(call('meetings:update-identity', input), storeDetail),
    addAgendaItem: agendaAction('agenda:add'),
    updateAgendaItem: agendaAction('agenda:update'),
    removeAgendaItem: agendaAction('agenda:remove'),
    reorderAgenda: agendaAction('agenda:reorder'),
    inviteAttendees: attendanceAction('attendance:invite'),
    addGuest: attendanceAction('attendance:add-guest'),
    setAttendanceStatus: attendanceAction('attendance:set-status'),
    setArrivalTime: attendanceAction('attendance:set-arrival'),
    removeAttendee: attendanceAction('attendance:remove'),
    inviteGroup: attendanceAction('attendance:invite-group'),
    markAllPresent: attendanceAction('attendance:mark-all-present'),
  };
};
