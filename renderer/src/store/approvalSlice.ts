import type { StateCreator } from 'zustand';
import type { ApprovalChange, ApprovalState, VerificationResult, VersionInfo } from '../../../shared/domain/approval';
import type { MeetingHistory } from '../../../shared/domain/history';
import type { MeetingId } from '../../../shared/domain/ids';
import type { ChannelInput } from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../shared/ipc/result';
import { call } from '../lib/api';
import type { AppState } from './index';
import { settle } from './storeActions';
import { upsertMeeting } from './meetingsSlice';

type Change = Promise<IpcResult<ApprovalChange>>;

/** The approval workflow of each meeting, its versions and its readable history (issue 6). */
export type ApprovalSlice = {
  approvalByMeeting: Readonly<Record<MeetingId, ApprovalState>>;
  versionsByMeeting: Readonly<Record<MeetingId, ReadonlyArray<VersionInfo>>>;
  historyByMeeting: Readonly<Record<MeetingId, MeetingHistory>>;
  loadApproval: (meetingId: MeetingId) => Promise<IpcResult<ApprovalState>>;
  submitMinutes: (input: ChannelInput<'approval:submit'>) => Change;
  returnMinutes: (input: ChannelInput<'approval:return'>) => Change;
  approveMinutes: (input: ChannelInput<'approval:approve'>) => Change;
  createRevision: (input: ChannelInput<'approval:create-revision'>) => Change;
  loadVersions: (meetingId: MeetingId) => Promise<IpcResult<ReadonlyArray<VersionInfo>>>;
  loadHistory: (meetingId: MeetingId, limit: number) => Promise<IpcResult<MeetingHistory>>;
  verifyCode: (code: string) => Promise<IpcResult<VerificationResult>>;
  verifyFile: (fileId: string) => Promise<IpcResult<VerificationResult>>;
};

export const createApprovalSlice: StateCreator<AppState, [], [], ApprovalSlice> = (set) => {
  const storeState = (state: ApprovalState) =>
    set((s) => ({ approvalByMeeting: { ...s.approvalByMeeting, [state.meetingId]: state } }));

  // A step changes the meeting's header too: merge both, so the badge and the lock follow at once.
  const step = (run: Change): Change =>
    settle(run, ({ state, meeting }) =>
      set((s) => ({
        approvalByMeeting: { ...s.approvalByMeeting, [state.meetingId]: state },
        meetingDetails: { ...s.meetingDetails, [meeting.id]: meeting },
        meetings: s.meetings.some((m) => m.id === meeting.id) ? upsertMeeting(s.meetings, meeting) : s.meetings,
      })),
    );

  return {
    approvalByMeeting: {},
    versionsByMeeting: {},
    historyByMeeting: {},
    loadApproval: (meetingId) => settle(call('approval:state', { meetingId }), storeState),
    submitMinutes: (input) => step(call('approval:submit', input)),
    returnMinutes: (input) => step(call('approval:return', input)),
    approveMinutes: (input) => step(call('approval:approve', input)),
    createRevision: (input) => step(call('approval:create-revision', input)),
    loadVersions: (meetingId) =>
      settle(call('approval:versions', { meetingId }), (versions) =>
        set((s) => ({ versionsByMeeting: { ...s.versionsByMeeting, [meetingId]: versions } })),
      ),
    loadHistory: (meetingId, limit) =>
      settle(call('approval:history', { meetingId, limit }), (history) =>
        set((s) => ({ historyByMeeting: { ...s.historyByMeeting, [meetingId]: history } })),
      ),
    verifyCode: (code) => call('approval:verify-code', { code }),
    verifyFile: (fileId) => call('approval:verify-file', { fileId }),
  };
};
