// Types and channel names only: the preload bundles this file, so no zod here.
import type { Commitment, CommitmentFields, Decision, DecisionFields } from '../domain/captures';
import type { CommitmentId, DecisionId, MeetingId } from '../domain/ids';

/** Decisions and commitments captured during a meeting (the Berlangsung side list). */
export type CapturesContract = {
  'decisions:list': { input: { meetingId: MeetingId }; output: ReadonlyArray<Decision> };
  'decisions:create': { input: DecisionFields & { meetingId: MeetingId }; output: Decision };
  'decisions:update': { input: DecisionFields & { id: DecisionId }; output: Decision };
  'decisions:delete': { input: { id: DecisionId }; output: { id: DecisionId } };
  /** Undoes a delete (the "Batalkan" of the toast). */
  'decisions:restore': { input: { id: DecisionId }; output: Decision };
  'commitments:list': { input: { meetingId: MeetingId }; output: ReadonlyArray<Commitment> };
  'commitments:create': { input: CommitmentFields & { meetingId: MeetingId }; output: Commitment };
  /** Owners keep their status when they stay listed; one with progress reports cannot be removed. */
  'commitments:update': { input: CommitmentFields & { id: CommitmentId }; output: Commitment };
  'commitments:delete': { input: { id: CommitmentId }; output: { id: CommitmentId } };
  'commitments:restore': { input: { id: CommitmentId }; output: Commitment };
};

export const CAPTURES_CHANNELS = {
  'decisions:list': true,
  'decisions:create': true,
  'decisions:update': true,
  'decisions:delete': true,
  'decisions:restore': true,
  'commitments:list': true,
  'commitments:create': true,
  'commitments:update': true,
  'commitments:delete': true,
  'commitments:restore': true,
} as const satisfies Record<keyof CapturesContract, true>;
