import type { ChannelInput, IpcChannel } from './contract';
import { policiesOf } from './channelSpec';
import { meetingsSpec } from './meetingsSchemas';
import { searchSpec } from './searchSchemas';
import { userSpec } from './userSchemas';
import { attendanceBulkSpec } from './attendanceBulkSchemas';

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

const READ = { kind: 'read' } as const;
const GLOBAL = { kind: 'global-write' } as const;
const WORKFLOW = { kind: 'workflow' } as const;

function meetingWrite<C extends IpcChannel>(channel: C, target: (input: ChannelInput<C>) => MeetingTarget | null): MeetingWritePolicy<C> {
  return { kind: 'meeting-write', channel, target };
}

const meeting = (id: string): MeetingTarget => ({ kind: 'meeting', id });

export const CHANNEL_POLICY = {
  // Namespaces specified channel by channel (channelSpec.ts) bring their own policies.
  ...policiesOf(meetingsSpec),
  ...policiesOf(searchSpec),
  ...policiesOf(userSpec),
  ...policiesOf(attendanceBulkSpec),

  'app:info': { kind: 'read', inRecovery: true, whileSwapping: true },

  // Staged uploads live in memory until a handler uses them.
  'files:upload': { kind: 'global-write', inRecovery: true },
  'files:pick': { kind: 'global-write', inRecovery: true },
  'files:discard': { kind: 'global-write', inRecovery: true },

  'units:list': READ,
  'units:create': GLOBAL,
  'units:update': GLOBAL,
  'units:set-active': GLOBAL,
  'units:delete': GLOBAL,
  'units:restore': GLOBAL,
  'people:list': READ,
  'people:create': GLOBAL,
  'people:update': GLOBAL,
  'people:set-active': GLOBAL,
  'people:delete': GLOBAL,
  'people:restore': GLOBAL,

  'settings:get-instansi': READ,
  'settings:update-instansi': GLOBAL,

  'import:preview-master': READ,
  'import:apply-master': GLOBAL,


  'agenda:list': READ,
  'agenda:add': meetingWrite('agenda:add', (input) => meeting(input.meetingId)),
  'agenda:update': meetingWrite('agenda:update', (input) => ({ kind: 'agendaItem', id: input.id })),
  'agenda:remove': meetingWrite('agenda:remove', (input) => ({ kind: 'agendaItem', id: input.id })),
  'agenda:reorder': meetingWrite('agenda:reorder', (input) => meeting(input.meetingId)),
  'agenda:timers': READ,
  'agenda:start-item': meetingWrite('agenda:start-item', (input) => ({ kind: 'agendaItem', id: input.id })),
  'agenda:stop-item': meetingWrite('agenda:stop-item', (input) => ({ kind: 'agendaItem', id: input.id })),

  // A template copies a meeting's agenda; the meeting itself is not changed.
  'templates:list': READ,
  'templates:create': GLOBAL,
  'templates:rename': GLOBAL,
  'templates:delete': GLOBAL,
  'templates:restore': GLOBAL,

  'attendance:list': READ,
  'attendance:invite': meetingWrite('attendance:invite', (input) => meeting(input.meetingId)),
  'attendance:add-guest': meetingWrite('attendance:add-guest', (input) => meeting(input.meetingId)),
  'attendance:set-status': meetingWrite('attendance:set-status', (input) => ({ kind: 'attendance', id: input.id })),
  'attendance:set-arrival': meetingWrite('attendance:set-arrival', (input) => ({ kind: 'attendance', id: input.id })),
  'attendance:remove': meetingWrite('attendance:remove', (input) => ({ kind: 'attendance', id: input.id })),

  'series:list': READ,
  'series:create': GLOBAL,
  'series:update': GLOBAL,
  'series:next-meeting': GLOBAL,


  'backups:health': { kind: 'read', inRecovery: true, whileSwapping: true, waitsForCheck: true },
  'backups:list': { kind: 'read', inRecovery: true, waitsForCheck: true },
  'backups:settings': { kind: 'read', inRecovery: true, waitsForCheck: true },
  'backups:export-archive': READ,
  'backups:update-settings': GLOBAL,
  'backups:create': GLOBAL,
  'backups:restore': { kind: 'global-write', inRecovery: true },
  'backups:import-archive': { kind: 'global-write', inRecovery: true },

  // The sections are made with the meeting and follow each agenda write (minuteSectionsSync), so this only reads.
  'minutes:get': READ,
  'minutes:save-section': meetingWrite('minutes:save-section', (input) => ({ kind: 'section', id: input.id })),

  'decisions:list': READ,
  'decisions:create': meetingWrite('decisions:create', (input) => meeting(input.meetingId)),
  'decisions:update': meetingWrite('decisions:update', (input) => ({ kind: 'decision', id: input.id })),
  'decisions:delete': meetingWrite('decisions:delete', (input) => ({ kind: 'decision', id: input.id })),
  'decisions:restore': meetingWrite('decisions:restore', (input) => ({ kind: 'decision', id: input.id })),
  'commitments:list': READ,
  'commitments:create': meetingWrite('commitments:create', (input) => meeting(input.meetingId)),
  'commitments:update': meetingWrite('commitments:update', (input) => ({ kind: 'commitment', id: input.id })),
  'commitments:delete': meetingWrite('commitments:delete', (input) => ({ kind: 'commitment', id: input.id })),
  'commitments:restore': meetingWrite('commitments:restore', (input) => ({ kind: 'commitment', id: input.id })),

  'followup:dashboard': READ,
  'followup:list': READ,
  'followup:filter-options': READ,
  'followup:get': READ,
  // Progress goes on after approval; a report made *in* a meeting also changes that meeting's carry-over.
  'followup:add-update': meetingWrite('followup:add-update', (input) => (input.meetingId ? meeting(input.meetingId) : null)),
  'followup:evidence-download': READ,
  // Takes the carry-over snapshot on first open, never for an approved meeting (carryOverRepository).
  'followup:carryover': READ,
  'followup:request-export': READ,
  'followup:import-preview': READ,
  // OPD replies are progress updates of any meeting's commitments (none is reported "in" a meeting).
  'followup:import-apply': GLOBAL,
  'followup:report-export': READ,
  'followup:reminders': READ,
  'followup:reminders-seen': GLOBAL,
  'followup:get-reminder-settings': READ,
  'followup:update-reminder-settings': GLOBAL,

  'documents:preview': READ,
  // Exports of an approved version record each file's SHA-256 (for Verifikasi dokumen): a write of the
  // export register only, never of the meeting, so they stay open on a locked meeting.
  'documents:export': GLOBAL,
  'documents:export-pdf': GLOBAL,

  'approval:state': READ,
  'approval:versions': READ,
  'approval:history': READ,
  'approval:verify-code': READ,
  'approval:verify-file': READ,
  'approval:submit': WORKFLOW,
  'approval:return': WORKFLOW,
  'approval:approve': WORKFLOW,
  'approval:create-revision': WORKFLOW,
} as const satisfies { [C in IpcChannel]: ChannelPolicy<C> };

/** The channels the lock applies to, as a type: the walking test needs a sample input for each. */
export type MeetingWriteChannel = {
  [C in IpcChannel]: (typeof CHANNEL_POLICY)[C] extends { kind: 'meeting-write' } ? C : never;
}[IpcChannel];

/** The channels the lock applies to, for the test that walks them all. */
export function meetingWriteChannels(): MeetingWriteChannel[] {
  return (Object.keys(CHANNEL_POLICY) as IpcChannel[]).filter((channel): channel is MeetingWriteChannel => CHANNEL_POLICY[channel].kind === 'meeting-write');
}
