import type { IpcResult } from './result';
import { APP_CHANNELS, type AppContract } from './appContract';
import { FILES_CHANNELS, type FilesContract } from './filesContract';
import { IMPORT_CHANNELS, type ImportContract } from './importContract';
import { MASTER_DATA_CHANNELS, type MasterDataContract } from './masterDataContract';
import { MEETINGS_CHANNELS, type MeetingsContract } from './meetingsContract';
import { SETTINGS_CHANNELS, type SettingsContract } from './settingsContract';
import { AGENDA_CHANNELS, type AgendaContract } from './agendaContract';
import { ATTENDANCE_CHANNELS, type AttendanceContract } from './attendanceContract';
import { SERIES_CHANNELS, type SeriesContract } from './seriesContract';
import { SEARCH_CHANNELS, type SearchContract } from './searchContract';
import { BACKUPS_CHANNELS, type BackupsContract } from './backupsContract';
import { MINUTES_CHANNELS, type MinutesContract } from './minutesContract';
import { CAPTURES_CHANNELS, type CapturesContract } from './capturesContract';
import { LIVE_CHANNELS, type LiveContract } from './liveContract';
import { FOLLOW_UP_CHANNELS, type FollowUpContract } from './followUpContract';
import { DOCUMENTS_CHANNELS, type DocumentsContract } from './documentsContract';
import { APPROVAL_CHANNELS, type ApprovalContract } from './approvalContract';
import { USER_CHANNELS, type UserContract } from './userContract';
import { ATTENDANCE_BULK_CHANNELS, type AttendanceBulkContract } from './attendanceBulkContract';
import { DOC_TEMPLATES_CHANNELS, type DocTemplatesContract } from './docTemplatesContract';
import { LETTER_CHANNELS, type LetterContract } from './letterContract';
import { SYNC_CHANNELS, type SyncContract } from './syncContract';

/**
 * The one contract between renderer and main: channel -> input and output.
 * Each namespace lives in its own `<namespace>Contract.ts`; add it here, in
 * CHANNEL_SET and in schemas.ts (the compiler then demands a handler too).
 */
export type IpcContract = AppContract &
  FilesContract &
  MasterDataContract &
  SettingsContract &
  ImportContract &
  MeetingsContract &
  AgendaContract &
  AttendanceContract &
  SeriesContract &
  SearchContract &
  BackupsContract &
  MinutesContract &
  CapturesContract &
  LiveContract &
  FollowUpContract &
  DocumentsContract &
  ApprovalContract &
  UserContract &
  AttendanceBulkContract &
  DocTemplatesContract &
  LetterContract &
  SyncContract;

export type IpcChannel = keyof IpcContract;
export type ChannelInput<C extends IpcChannel> = IpcContract[C]['input'];
export type ChannelOutput<C extends IpcChannel> = IpcContract[C]['output'];

const CHANNEL_SET = {
  ...APP_CHANNELS,
  ...FILES_CHANNELS,
  ...MASTER_DATA_CHANNELS,
  ...SETTINGS_CHANNELS,
  ...IMPORT_CHANNELS,
  ...MEETINGS_CHANNELS,
  ...AGENDA_CHANNELS,
  ...ATTENDANCE_CHANNELS,
  ...SERIES_CHANNELS,
  ...SEARCH_CHANNELS,
  ...BACKUPS_CHANNELS,
  ...MINUTES_CHANNELS,
  ...CAPTURES_CHANNELS,
  ...LIVE_CHANNELS,
  ...FOLLOW_UP_CHANNELS,
  ...DOCUMENTS_CHANNELS,
  ...APPROVAL_CHANNELS,
  ...USER_CHANNELS,
  ...ATTENDANCE_BULK_CHANNELS,
  ...DOC_TEMPLATES_CHANNELS,
  ...LETTER_CHANNELS,
  ...SYNC_CHANNELS,
} satisfies Record<IpcChannel, true>;

export const IPC_CHANNELS = Object.keys(CHANNEL_SET) as ReadonlyArray<IpcChannel>;

export function isIpcChannel(value: string): value is IpcChannel {
  return Object.hasOwn(CHANNEL_SET, value);
}

/** What the renderer calls; built by the preload (IPC) or lib/api.ts (HTTP). */
export type Api = {
  [C in IpcChannel]: (input: ChannelInput<C>) => Promise<IpcResult<ChannelOutput<C>>>;
};
