import type { OwnerStatus } from './commitment';
import type { FollowUpFilterStatus } from './followUp';
import type { CommitmentId, MeetingId, SeriesId, UnitId } from './ids';

export type { CommitmentId };

/** Branded ids of the follow-up rows: a commitment's owner (commitment_owners) and a progress report. */
type Brand<T, B extends string> = T & { readonly __brand: B };
export type OwnerId = Brand<string, 'OwnerId'>;
export type UpdateId = Brand<string, 'UpdateId'>;

/** Evidence as the renderer sees it: a stored file (by position) or a link. */
export type EvidenceView =
  | Readonly<{ kind: 'file'; index: number; name: string; size: number }>
  | Readonly<{ kind: 'link'; index: number; url: string }>;

export type OwnerView = Readonly<{
  id: OwnerId;
  unitId: UnitId;
  unitName: string;
  status: OwnerStatus;
  reason: string;
  overdue: boolean;
}>;

export type LatestProgress = Readonly<{ reportedOn: string; unitName: string; text: string; percent: number | null }>;

/** One line of the Tindak Lanjut table. */
export type FollowUpRow = Readonly<{
  id: CommitmentId;
  text: string;
  dueDate: string | null;
  programTag: string;
  meetingId: MeetingId;
  meetingTitle: string;
  meetingDate: string;
  seriesId: SeriesId | null;
  /** Rolled up over the owners (or the filtered OPD's own status). */
  status: OwnerStatus;
  overdue: boolean;
  owners: ReadonlyArray<OwnerView>;
  latest: LatestProgress | null;
}>;

export const FOLLOW_UP_SORTS = ['ASAL', 'URAIAN', 'BATAS_WAKTU', 'STATUS'] as const;
export type FollowUpSort = (typeof FOLLOW_UP_SORTS)[number];

export type FollowUpQuery = Readonly<{
  unitId?: UnitId;
  status?: FollowUpFilterStatus;
  dueFrom?: string;
  dueTo?: string;
  dueNone?: boolean;
  meetingId?: MeetingId;
  seriesId?: SeriesId;
  programTag?: string;
  sort?: FollowUpSort;
  descending?: boolean;
  page?: number;
  pageSize?: number;
  /** The open view in due-date order pages by keyset: the last row of the page before. */
  after?: FollowUpCursor;
}>;

/** Where a keyset page of the open view ends: its last row's due date (null: undated) and id. */
export type FollowUpCursor = Readonly<{ dueDate: string | null; id: string }>;

export type FollowUpPage = Readonly<{
  today: string;
  /** null for the open view in due-date order, which is never counted (keyset pages, see next). */
  total: number | null;
  /** The cursor of the next keyset page; null when there is none (or the page is numbered). */
  next: FollowUpCursor | null;
  page: number;
  pageSize: number;
  rows: ReadonlyArray<FollowUpRow>;
}>;

/** Counts per OPD; an owner row counts once in exactly one of open/done/cannot. */
export type UnitFollowUpCounts = Readonly<{
  unitId: UnitId;
  unitName: string;
  open: number;
  overdue: number;
  dueSoon: number;
  done: number;
  cannot: number;
}>;

export type FollowUpDashboard = Readonly<{
  today: string;
  reminderDays: number;
  units: ReadonlyArray<UnitFollowUpCounts>;
  totals: Omit<UnitFollowUpCounts, 'unitId' | 'unitName'>;
}>;

export type FilterOptions = Readonly<{
  units: ReadonlyArray<Readonly<{ id: UnitId; name: string }>>;
  meetings: ReadonlyArray<Readonly<{ id: MeetingId; title: string; date: string }>>;
  series: ReadonlyArray<Readonly<{ id: SeriesId; title: string }>>;
  programTags: ReadonlyArray<string>;
}>;

export type UpdateView = Readonly<{
  id: UpdateId;
  ownerId: OwnerId;
  reportedOn: string;
  status: OwnerStatus;
  reason: string;
  text: string;
  percent: number | null;
  evidence: ReadonlyArray<EvidenceView>;
  /** The meeting where it was reported, when it was. */
  meetingId: MeetingId | null;
  meetingTitle: string | null;
  createdAt: number;
}>;

export type CommitmentDetail = FollowUpRow &
  Readonly<{
    /** Newest first (reported date, then entry time). */
    updates: ReadonlyArray<UpdateView>;
  }>;

/** One owner's line of a meeting's "Tindak lanjut hasil rapat sebelumnya". */
export type CarryOverItem = Readonly<{
  id: string;
  commitmentId: CommitmentId;
  ownerId: OwnerId;
  position: number;
  text: string;
  dueDate: string | null;
  originMeetingTitle: string;
  originMeetingDate: string;
  unitName: string;
  statusAtMeeting: OwnerStatus;
  reasonAtMeeting: string;
  progressAtMeeting: string;
  percentAtMeeting: number | null;
  /** What the OPD reported in this meeting, null when nothing was. */
  reported: Readonly<{ status: OwnerStatus; reason: string; progress: string; percent: number | null }> | null;
}>;

export type CarryOver = Readonly<{
  meetingId: MeetingId;
  /** False for a meeting outside a series: nothing is carried over. */
  inSeries: boolean;
  /** True until the minutes are first approved: every read shows each owner's latest status. */
  live: boolean;
  /** The day the list was frozen (the first approval); null while live, or when approved without a list. */
  takenOn: string | null;
  meetingDate: string;
  items: ReadonlyArray<CarryOverItem>;
}>;

/** Where the next page of a carry-over starts: after this owner's row, numbering on from `shown`. */
export type CarryOverCursor = Readonly<{ shown: number; ownerId: OwnerId }>;

/**
 * One page of a meeting's carry-over for its Tindak Lanjut tab (the documents print the whole list):
 * `items` is the page, `open` and `late` count the whole list (late = open and due before the meeting).
 */
export type CarryOverPage = CarryOver &
  Readonly<{
    open: number;
    late: number;
    next: CarryOverCursor | null;
  }>;

export type ReminderInbox = Readonly<{
  today: string;
  reminderDays: number;
  overdue: number;
  dueSoon: number;
  /** The OPD with something to chase, most overdue first. */
  units: ReadonlyArray<UnitFollowUpCounts>;
  /** True until she opens the inbox today (the web shell's once-a-day reminder). */
  unread: boolean;
}>;

export type ReminderSettings = Readonly<{ daysBefore: number }>;

export const IMPORT_OUTCOMES = ['CHANGE', 'UNCHANGED', 'ERROR'] as const;
export type ImportOutcome = (typeof IMPORT_OUTCOMES)[number];

export type ImportRowPreview = Readonly<{
  /** Row number in the sheet, as Excel shows it. */
  row: number;
  outcome: ImportOutcome;
  commitmentText: string;
  unitName: string;
  currentStatus: OwnerStatus | null;
  newStatus: OwnerStatus | null;
  progress: string;
  percent: number | null;
  link: string;
  /** Why the row cannot be applied (ERROR). */
  problem: string;
}>;

export type ImportPreview = Readonly<{
  fileName: string;
  unitId: UnitId | null;
  unitName: string;
  rows: ReadonlyArray<ImportRowPreview>;
  changes: number;
  errors: number;
  /** Problems with the whole file (not a Risalah form, wrong OPD). */
  fileProblems: ReadonlyArray<string>;
}>;

export type ImportResult = Readonly<{ applied: number; unitName: string }>;
