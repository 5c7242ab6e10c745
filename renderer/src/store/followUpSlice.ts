import type { StateCreator } from 'zustand';
import type {
  CommitmentDetail,
  CommitmentId,
  FilterOptions,
  FollowUpDashboard,
  FollowUpPage,
  FollowUpQuery,
  ReminderInbox,
  ReminderSettings,
} from '../../../shared/domain/followUpViews';
import type { NewProgressUpdate } from '../../../shared/ipc/followUpContract';
import type { IpcChannel } from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../shared/ipc/result';
import { call } from '../lib/api';
import type { AppState } from './index';
import type { LoadState } from './loadState';
import { settle, type ChannelAction } from './storeActions';

export type FollowUpSlice = {
  followUpDashboard: FollowUpDashboard | null;
  followUpPage: FollowUpPage | null;
  followUpLoad: LoadState;
  followUpQuery: FollowUpQuery;
  followUpOptions: FilterOptions | null;
  reminderInbox: ReminderInbox | null;
  loadFollowUpDashboard: () => Promise<IpcResult<FollowUpDashboard>>;
  loadFollowUps: (query: FollowUpQuery) => Promise<void>;
  /** The open view's next keyset page, appended to the rows shown ("Muat lebih banyak"). */
  loadMoreFollowUps: () => Promise<void>;
  loadFollowUpOptions: () => Promise<void>;
  getFollowUp: (id: CommitmentId) => Promise<IpcResult<CommitmentDetail>>;
  /** One page of commitments for a screen that keeps its own (a meeting's Tindak Lanjut tab). */
  listFollowUps: Action<'followup:list'>;
  addProgressUpdate: (input: NewProgressUpdate) => Promise<IpcResult<CommitmentDetail>>;
  /** After a change (an update, an import): the list, the counts and the reminders again. */
  refreshFollowUp: () => Promise<void>;
  /**
   * The one count behind the Beranda card and the bell (overdue and due soon per OPD): calls
   * made while one is on its way share its answer, so both mounting together cost one query.
   */
  loadReminders: () => Promise<IpcResult<ReminderInbox>>;
  markRemindersSeen: () => Promise<void>;
  getReminderSettings: () => Promise<IpcResult<ReminderSettings>>;
  /** Saved, then the reminders and counts follow the new number of days. */
  saveReminderSettings: (settings: ReminderSettings) => Promise<IpcResult<ReminderSettings>>;
  exportFollowUpReport: Action<'followup:report-export'>;
  exportFollowUpRequest: Action<'followup:request-export'>;
  downloadEvidence: Action<'followup:evidence-download'>;
  previewReplyImport: Action<'followup:import-preview'>;
  /** Applied: the list, the counts and the reminders follow the OPD's answers. */
  applyReplyImport: Action<'followup:import-apply'>;
  /** A meeting's carry-over; the panel keeps it (it is read anew on every open until approval). */
  loadCarryOver: Action<'followup:carryover'>;
};

type Action<C extends IpcChannel> = ChannelAction<C>;

// Only the newest list request may land: filters change faster than a big list answers.
let listRequest = 0;
let remindersInFlight: Promise<IpcResult<ReminderInbox>> | null = null;

export const createFollowUpSlice: StateCreator<AppState, [], [], FollowUpSlice> = (set, get) => ({
  followUpDashboard: null,
  followUpPage: null,
  followUpLoad: { status: 'idle' },
  followUpQuery: {},
  followUpOptions: null,
  reminderInbox: null,
  loadFollowUpDashboard: () =>
    settle(call('followup:dashboard', {}), (followUpDashboard) => set({ followUpDashboard })),
  loadFollowUps: async (query) => {
    const request = ++listRequest;
    set({ followUpQuery: query, followUpLoad: { status: 'loading' } });
    const result = await call('followup:list', query);
    if (request !== listRequest) return;
    if (result.ok) set({ followUpPage: result.value, followUpLoad: { status: 'ready' } });
    else set({ followUpLoad: { status: 'error', message: result.error.message } });
  },
  loadMoreFollowUps: async () => {
    const { followUpPage: shown, followUpQuery: query } = get();
    if (shown === null || shown.next === null) return;
    const request = ++listRequest;
    set({ followUpLoad: { status: 'loading' } });
    const result = await call('followup:list', { ...query, after: shown.next });
    if (request !== listRequest) return;
    if (result.ok)
      set({
        followUpPage: { ...result.value, rows: [...shown.rows, ...result.value.rows] },
        followUpLoad: { status: 'ready' },
      });
    else set({ followUpLoad: { status: 'error', message: result.error.message } });
  },
  loadFollowUpOptions: async () => {
    await settle(call('followup:filter-options', {}), (followUpOptions) => set({ followUpOptions }));
  },
  getFollowUp: (id) => call('followup:get', { id }),
  listFollowUps: (query) => call('followup:list', query),
  addProgressUpdate: (input) => settle(call('followup:add-update', input), () => void get().refreshFollowUp()),
  refreshFollowUp: async () => {
    const { followUpPage, followUpQuery } = get();
    await Promise.all([
      get().loadFollowUpDashboard(),
      get().loadReminders(),
      followUpPage === null ? Promise.resolve() : get().loadFollowUps(followUpQuery),
    ]);
  },
  loadReminders: () => {
    remindersInFlight ??= settle(call('followup:reminders', {}), (reminderInbox) => set({ reminderInbox })).finally(
      () => (remindersInFlight = null),
    );
    return remindersInFlight;
  },
  markRemindersSeen: async () => {
    await settle(call('followup:reminders-seen', {}), (reminderInbox) => set({ reminderInbox }));
  },
  getReminderSettings: () => call('followup:get-reminder-settings', {}),
  saveReminderSettings: (settings) =>
    settle(call('followup:update-reminder-settings', settings), () => void get().refreshFollowUp()),
  exportFollowUpReport: (input) => call('followup:report-export', input),
  exportFollowUpRequest: (input) => call('followup:request-export', input),
  downloadEvidence: (input) => call('followup:evidence-download', input),
  previewReplyImport: (input) => call('followup:import-preview', input),
  applyReplyImport: async (input) => {
    const result = await call('followup:import-apply', input);
    if (result.ok) await get().refreshFollowUp();
    return result;
  },
  loadCarryOver: (input) => call('followup:carryover', input),
});
