import type {
  CarryOverPage,
  CommitmentDetail,
  CommitmentId,
  FilterOptions,
  FollowUpDashboard,
  FollowUpPage,
  FollowUpRow,
  OwnerId,
  ReminderInbox,
  UpdateId,
} from '../../../../shared/domain/followUpViews';
import type { MeetingId, SeriesId, UnitId } from '../../../../shared/domain/ids';

export const DINKES = '11111111-1111-4111-8111-000000000001' as UnitId;
export const PUPR = '11111111-1111-4111-8111-000000000002' as UnitId;
export const MEETING = '22222222-2222-4222-8222-000000000001' as MeetingId;
export const SERIES = '33333333-3333-4333-8333-000000000001' as SeriesId;
export const COMMITMENT = '44444444-4444-4444-8444-000000000001' as CommitmentId;
export const OWNER_DINKES = '55555555-5555-4555-8555-000000000001' as OwnerId;
export const OWNER_PUPR = '55555555-5555-4555-8555-000000000002' as OwnerId;

export const DASHBOARD: FollowUpDashboard = {
  today: '2026-11-28',
  reminderDays: 7,
  units: [
    { unitId: DINKES, unitName: 'Dinas Kesehatan', open: 3, overdue: 2, dueSoon: 1, done: 4, cannot: 0 },
    { unitId: PUPR, unitName: 'Dinas PUPR', open: 1, overdue: 0, dueSoon: 0, done: 0, cannot: 1 },
  ],
  totals: { open: 4, overdue: 2, dueSoon: 1, done: 4, cannot: 1 },
};

export const OPTIONS: FilterOptions = {
  units: [
    { id: DINKES, name: 'Dinas Kesehatan' },
    { id: PUPR, name: 'Dinas PUPR' },
  ],
  meetings: [{ id: MEETING, title: 'Rakor September', date: '2026-09-25' }],
  series: [{ id: SERIES, title: 'Rakor Kepala OPD' }],
  programTags: ['Kesehatan'],
};

export const ROW: FollowUpRow = {
  id: COMMITMENT,
  text: 'Percepat vaksinasi campak',
  dueDate: '2026-10-31',
  programTag: 'Kesehatan',
  meetingId: MEETING,
  meetingTitle: 'Rakor September',
  meetingDate: '2026-09-25',
  seriesId: SERIES,
  status: 'PROSES',
  overdue: true,
  owners: [
    { id: OWNER_DINKES, unitId: DINKES, unitName: 'Dinas Kesehatan', status: 'PROSES', reason: '', overdue: true },
    { id: OWNER_PUPR, unitId: PUPR, unitName: 'Dinas PUPR', status: 'SELESAI', reason: '', overdue: false },
  ],
  latest: { reportedOn: '2026-11-20', unitName: 'Dinas Kesehatan', text: 'Cakupan 80%', percent: 80 },
};

export function page(rows: ReadonlyArray<FollowUpRow>, total = rows.length): FollowUpPage {
  return { today: '2026-11-28', total, next: null, page: 1, pageSize: 25, rows };
}

export const DETAIL: CommitmentDetail = {
  ...ROW,
  updates: [
    {
      id: '66666666-6666-4666-8666-000000000002' as UpdateId,
      ownerId: OWNER_DINKES,
      reportedOn: '2026-11-20',
      status: 'PROSES',
      reason: '',
      text: 'Cakupan 80%',
      percent: 80,
      evidence: [{ kind: 'link', index: 0, url: 'https://dinkes.example.go.id/laporan' }],
      meetingId: null,
      meetingTitle: null,
      createdAt: 2,
    },
    {
      id: '66666666-6666-4666-8666-000000000001' as UpdateId,
      ownerId: OWNER_PUPR,
      reportedOn: '2026-10-01',
      status: 'SELESAI',
      reason: '',
      text: 'Akses jalan selesai',
      percent: 100,
      evidence: [{ kind: 'file', index: 0, name: 'foto.png', size: 10 }],
      meetingId: MEETING,
      meetingTitle: 'Rakor September',
      createdAt: 1,
    },
  ],
};

export const CARRY: CarryOverPage = {
  meetingId: MEETING,
  inSeries: true,
  live: true,
  takenOn: null,
  meetingDate: '2026-11-27',
  items: [
    {
      id: 'i1',
      commitmentId: COMMITMENT,
      ownerId: OWNER_DINKES,
      position: 1,
      text: 'Percepat vaksinasi campak',
      dueDate: '2026-10-31',
      originMeetingTitle: 'Rakor September',
      originMeetingDate: '2026-09-25',
      unitName: 'Dinas Kesehatan',
      statusAtMeeting: 'PROSES',
      reasonAtMeeting: '',
      progressAtMeeting: 'Cakupan 80%',
      percentAtMeeting: 80,
      reported: null,
    },
  ],
  open: 1,
  late: 1,
  next: null,
};

/** The reminder inbox with nothing to chase; a test sets the counts it looks at. */
export function inbox(fields: Partial<ReminderInbox> = {}): ReminderInbox {
  return { today: '2026-11-28', reminderDays: 7, overdue: 0, dueSoon: 0, units: [], unread: false, ...fields };
}

/** What the follow-up screens reload once a report is saved: the dashboard and the reminder inbox. */
export function followUpRefreshes(inboxFields: Partial<ReminderInbox> = {}) {
  return {
    'followup:dashboard': () => ({ ok: true as const, value: DASHBOARD }),
    'followup:reminders': () => ({ ok: true as const, value: inbox(inboxFields) }),
  };
}

/** The reply file she picks in the import dialog (the tests' mock of lib/files' chooseFile gives it). */
export const REPLY_FILE = { fileId: '77777777-7777-4777-8777-000000000001', name: 'balasan-dinkes.xlsx', size: 100 };
