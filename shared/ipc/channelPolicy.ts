import type { ChannelInput, IpcChannel } from './contract';
import { policiesOf } from './channelSpec';
import { agendaSpec } from './agendaSchemas';
import { appSpec } from './appSchemas';
import { approvalSpec } from './approvalSchemas';
import { attendanceSpec } from './attendanceSchemas';
import { backupsSpec } from './backupsSchemas';
import { capturesSpec } from './capturesSchemas';
import { documentsSpec } from './documentsSchemas';
import { filesSpec } from './filesSchemas';
import { followUpSpec } from './followUpSchemas';
import { importSpec } from './importSchemas';
import { liveSpec } from './liveSchemas';
import { masterDataSpec } from './masterDataSchemas';
import { meetingsSpec } from './meetingsSchemas';
import { minutesSpec } from './minutesSchemas';
import { searchSpec } from './searchSchemas';
import { seriesSpec } from './seriesSchemas';
import { settingsSpec } from './settingsSchemas';
import { userSpec } from './userSchemas';
import { attendanceBulkSpec } from './attendanceBulkSchemas';
import { docTemplatesSpec } from './docTemplatesSchemas';
import { letterSpec } from './letterSchemas';
import { syncSpec } from './syncSchemas';

/*
 * What every channel may do to an approved meeting, decided once for the whole contract
 * (issue 6, the lock). main's dispatch reads this table before any handler runs, so a
 * meeting-write can never forget the check. The table is typed by the contract: a channel
 * added without a policy does not compile.
 *
 * - 'read': writes nothing at all (served on the read-only connection during the start-up check;
 *   tests/main/ipc/readsNeverWrite.test.ts walks them all on a seeded database).
 * - 'global-write': changes data that no single meeting owns: master data, settings,
 *   templates, backups, the export register, and the progress updates of commitments, which
 *   go on after approval.
 * - 'meeting-write': changes a meeting's content (identity, attendance, agenda, minutes,
 *   decisions, commitment texts). `target` names the meeting, directly or through the
 *   entity the input points at (main resolves those); null means the call is not about a
 *   meeting. Refused with LOCKED while that meeting is Diajukan or Disahkan (Dikembalikan unlocks).
 * - 'workflow': the approval steps themselves, which check their own transitions.
 */

/** What a meeting-write's input points at; main turns it into the meeting's id. */
export type MeetingTarget = Readonly<{
  kind: 'meeting' | 'agendaItem' | 'attendance' | 'section' | 'decision' | 'commitment';
  id: string;
}>;

export type MeetingWritePolicy<C extends IpcChannel> = Readonly<{
  kind: 'meeting-write';
  /** Repeats the key, so a policy pasted under the wrong channel is caught (tests compare them). */
  channel: C;
  target: (input: ChannelInput<C>) => MeetingTarget | null;
}>;

/**
 * How a channel behaves while the data file is not ready (main's ipc/dataGuard.ts). Beside
 * the channel's kind, so one look at a channel says all main does before its handler.
 */
export type DataFileAccess = Readonly<{
  /** Still served while the data file is damaged: finding and restoring a backup, importing an archive. */
  inRecovery?: true;
  /** Answered while a restore or an archive import swaps the file (questions about the state only). */
  whileSwapping?: true;
  /** A read that waits for the start-up check's verdict, because the verdict decides its answer. */
  waitsForCheck?: true;
}>;

export type ChannelPolicy<C extends IpcChannel = IpcChannel> = (
  | Readonly<{ kind: 'read' }>
  | Readonly<{ kind: 'global-write' }>
  | Readonly<{ kind: 'workflow' }>
  | MeetingWritePolicy<C>
) &
  DataFileAccess;

// Every namespace specifies its channels one by one (channelSpec.ts) and brings its policies.
export const CHANNEL_POLICY = {
  ...policiesOf(appSpec),
  ...policiesOf(filesSpec),
  ...policiesOf(masterDataSpec),
  ...policiesOf(settingsSpec),
  ...policiesOf(importSpec),
  ...policiesOf(meetingsSpec),
  ...policiesOf(agendaSpec),
  ...policiesOf(attendanceSpec),
  ...policiesOf(seriesSpec),
  ...policiesOf(searchSpec),
  ...policiesOf(backupsSpec),
  ...policiesOf(minutesSpec),
  ...policiesOf(capturesSpec),
  ...policiesOf(liveSpec),
  ...policiesOf(followUpSpec),
  ...policiesOf(documentsSpec),
  ...policiesOf(approvalSpec),
  ...policiesOf(userSpec),
  ...policiesOf(attendanceBulkSpec),
  ...policiesOf(docTemplatesSpec),
  ...policiesOf(letterSpec),
  ...policiesOf(syncSpec),
} as const satisfies { [C in IpcChannel]: ChannelPolicy<C> };

/** The channels the lock applies to, as a type: the walking test needs a sample input for each. */
export type MeetingWriteChannel = {
  [C in IpcChannel]: (typeof CHANNEL_POLICY)[C] extends { kind: 'meeting-write' } ? C : never;
}[IpcChannel];

/** The channels the lock applies to, for the test that walks them all. */
export function meetingWriteChannels(): MeetingWriteChannel[] {
  return (Object.keys(CHANNEL_POLICY) as IpcChannel[]).filter(
    (channel): channel is MeetingWriteChannel => CHANNEL_POLICY[channel].kind === 'meeting-write',
  );
}
