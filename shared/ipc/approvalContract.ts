// Types and channel names only: the preload bundles this file, so no zod here.
import type { ApprovalChange, ApprovalState, VerificationResult, VersionInfo } from '../domain/approval';
import type { MeetingHistory } from '../domain/history';
import type { MeetingId, PersonId } from '../domain/ids';

/** The chair's decision as the secretary records it: who, on which day and at what time (meeting's zone). */
export type ChairDecision = Readonly<{ meetingId: MeetingId; personId: PersonId; decidedOn: string; decidedTime: string | null }>;

export type ApprovalContract = {
  'approval:state': { input: { meetingId: MeetingId }; output: ApprovalState };
  /** Draf or Dikembalikan -> Diajukan (to the meeting's chair). */
  'approval:submit': { input: { meetingId: MeetingId; note: string }; output: ApprovalChange };
  /** Diajukan -> Dikembalikan with the chair's notes (required). */
  'approval:return': { input: ChairDecision & { notes: string }; output: ApprovalChange };
  /** Diajukan -> Disahkan: stores the version's canonical JSON and SHA-256, and locks the meeting. */
  'approval:approve': { input: ChairDecision; output: ApprovalChange };
  /** Disahkan -> a new version in Draf, with the reason (required). */
  'approval:create-revision': { input: { meetingId: MeetingId; reason: string }; output: ApprovalChange };
  'approval:versions': { input: { meetingId: MeetingId }; output: ReadonlyArray<VersionInfo> };
  /** The audit log of the meeting, readable, newest first. */
  'approval:history': { input: { meetingId: MeetingId; limit: number }; output: MeetingHistory };
  /** The footer's code alone: which version it belongs to. */
  'approval:verify-code': { input: { code: string }; output: VerificationResult };
  /** A DOCX or PDF staged with purpose 'verify': does it match a file exported from an approved version? */
  'approval:verify-file': { input: { fileId: string }; output: VerificationResult };
};

export const APPROVAL_CHANNELS = {
  'approval:state': true,
  'approval:submit': true,
  'approval:return': true,
  'approval:approve': true,
  'approval:create-revision': true,
  'approval:versions': true,
  'approval:history': true,
  'approval:verify-code': true,
  'approval:verify-file': true,
} as const satisfies Record<keyof ApprovalContract, true>;
