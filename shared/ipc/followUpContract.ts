// Types and channel names only: the preload bundles this file, so no zod here.
import type { OwnerStatus } from '../domain/commitment';
import type { Delivery } from '../domain/files';
import type {
  CarryOver,
  CommitmentDetail,
  CommitmentId,
  FilterOptions,
  FollowUpDashboard,
  FollowUpPage,
  FollowUpQuery,
  ImportPreview,
  ImportResult,
  OwnerId,
  ReminderInbox,
  ReminderSettings,
  UpdateId,
} from '../domain/followUpViews';
import type { MeetingId, PersonId, SeriesId, UnitId } from '../domain/ids';

export type NewProgressUpdate = Readonly<{
  ownerId: OwnerId;
  reportedOn: string;
  status: OwnerStatus;
  /** Required for TIDAK_DAPAT, ignored otherwise. */
  reason: string;
  text: string;
  percent: number | null;
  links: ReadonlyArray<string>;
  /** Staged uploads (purpose 'evidence') that main stores under bukti/. */
  fileIds: ReadonlyArray<string>;
  /** Set when entered during a meeting: "dilaporkan dalam rapat". */
  meetingId?: MeetingId;
}>;

export type RequestExportInput = Readonly<{
  /** Empty: every OPD with an open commitment. */
  unitIds: ReadonlyArray<UnitId>;
  letter: boolean;
  form: boolean;
  letterNumber: string;
  /** The date the OPD must answer by. */
  replyBy: string;
  signerPersonId: PersonId | null;
}>;

export type ImportInput = Readonly<{ fileId: string; expectedUnitId?: UnitId }>;

export type ReportExportInput = Readonly<{
  seriesId: SeriesId | null;
  from: string | null;
  to: string | null;
  signerPersonId: PersonId | null;
}>;

export type FollowUpContract = {
  /** Counts per OPD (open, Terlambat, due within the reminder days, done) for Beranda and the cards. */
  'followup:dashboard': { input: Record<string, never>; output: FollowUpDashboard };
  /** The filtered, sorted, paged list of commitments across meetings. */
  'followup:list': { input: FollowUpQuery; output: FollowUpPage };
  'followup:filter-options': { input: Record<string, never>; output: FilterOptions };
  'followup:get': { input: { id: CommitmentId }; output: CommitmentDetail };
  /** A dated progress report of one owner; the newest report sets the owner's status. */
  'followup:add-update': { input: NewProgressUpdate; output: CommitmentDetail };
  'followup:evidence-download': { input: { updateId: UpdateId; index: number }; output: Delivery };
  /** A meeting's "Tindak lanjut hasil rapat sebelumnya", taken as a snapshot on first call. */
  'followup:carryover': { input: { meetingId: MeetingId }; output: CarryOver };
  /** Adds what became open since the snapshot; rows already there keep their values. */
  /** "Minta laporan OPD": a letter (DOCX) and a form (XLSX) per OPD, a ZIP when more than one file. */
  'followup:request-export': { input: RequestExportInput; output: Delivery };
  'followup:import-preview': { input: ImportInput; output: ImportPreview };
  /** All rows or none: refused while the preview has a problem. */
  'followup:import-apply': { input: ImportInput; output: ImportResult };
  /** Laporan Tindak Lanjut (DOCX, landscape) for a series and/or a period of meetings. */
  'followup:report-export': { input: ReportExportInput; output: Delivery };
  'followup:reminders': { input: Record<string, never>; output: ReminderInbox };
  'followup:reminders-seen': { input: Record<string, never>; output: ReminderInbox };
  'followup:get-reminder-settings': { input: Record<string, never>; output: ReminderSettings };
  'followup:update-reminder-settings': { input: ReminderSettings; output: ReminderSettings };
};

export const FOLLOW_UP_CHANNELS = {
  'followup:dashboard': true,
  'followup:list': true,
  'followup:filter-options': true,
  'followup:get': true,
  'followup:add-update': true,
  'followup:evidence-download': true,
  'followup:carryover': true,
  'followup:request-export': true,
  'followup:import-preview': true,
  'followup:import-apply': true,
  'followup:report-export': true,
  'followup:reminders': true,
  'followup:reminders-seen': true,
  'followup:get-reminder-settings': true,
  'followup:update-reminder-settings': true,
} as const satisfies Record<keyof FollowUpContract, true>;
