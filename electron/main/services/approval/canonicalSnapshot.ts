import { canonicalJson } from '../../../../shared/domain/canonicalJson';
import type { MeetingId } from '../../../../shared/domain/ids';
import type { CommitmentEntry, MeetingIdentity, NotulaContent, NotulaSource } from '../../../../shared/document/source';
import type { Db } from '../../db/connection';
import { loadNotulaSource } from '../../repositories/documentSourceRepository';
import { sha256Hex } from './verificationCode';

/*
 * Format 2 (issue 14) stores everything the version's documents print, so they are built from
 * it alone: the commitments with each owner's status, progress and evidence at approval, and
 * the carried-over section frozen at approval. Format 1 stored the commitments' texts and
 * owning units only and no carry-over. Format 3 (issue 18) names the invitation letter as the
 * column and the form do (`invitationNumber`, `invitationDate`) where 1 and 2 stored
 * `invitation: { number, date } | null`. Older versions keep their SHA-256 and are still read.
 */
export const SNAPSHOT_FORMAT = 'risalah-notula/3';
export const SNAPSHOT_FORMAT_V2 = 'risalah-notula/2';
export const SNAPSHOT_FORMAT_V1 = 'risalah-notula/1';

/** The meeting as formats 1 and 2 stored it. */
export type MeetingIdentityV2 = Omit<MeetingIdentity, 'invitationNumber' | 'invitationDate'> &
  Readonly<{ invitation: Readonly<{ number: string; date: string | null }> | null }>;

/** Format 1's commitment: no statuses (follow-up went on after approval). */
export type CommitmentTextV1 = Readonly<{
  context: string;
  text: string;
  dueDate: string | null;
  owners: ReadonlyArray<string>;
}>;

export type StoredSnapshot =
  | (NotulaContent & Readonly<{ format: typeof SNAPSHOT_FORMAT; meetingId: MeetingId; version: number }>)
  | (Omit<NotulaContent, 'meeting'> &
      Readonly<{
        format: typeof SNAPSHOT_FORMAT_V2;
        meetingId: MeetingId;
        version: number;
        meeting: MeetingIdentityV2;
      }>)
  | (Omit<NotulaContent, 'meeting' | 'commitments' | 'carryOver'> &
      Readonly<{
        format: typeof SNAPSHOT_FORMAT_V1;
        meeting: MeetingIdentityV2;
        meetingId: MeetingId;
        version: number;
        commitments: ReadonlyArray<CommitmentTextV1>;
      }>);

/**
 * What the chair approved, as data. It leaves out what may change after approval without
 * changing the minutes: the instansi's letterhead and paper. No timestamps, so the same
 * content always gives the same SHA-256.
 */
function snapshotOf(source: NotulaSource, meetingId: MeetingId, version: number): StoredSnapshot {
  const content: NotulaContent = {
    meeting: source.meeting,
    chair: source.chair,
    secretary: source.secretary,
    notulis: source.notulis,
    agenda: source.agenda,
    attendance: source.attendance,
    minutes: source.minutes,
    decisions: source.decisions,
    commitments: source.commitments,
    carryOver: source.carryOver ?? ([] as CommitmentEntry[]),
  };
  return { format: SNAPSHOT_FORMAT, meetingId, version, ...content };
}

export type CanonicalSnapshot = Readonly<{ json: string; sha256: string }>;

/** The canonical JSON of a meeting's current content and its SHA-256 (hex). */
export function buildCanonicalSnapshot(db: Db, meetingId: MeetingId, version: number): CanonicalSnapshot {
  const json = canonicalJson(snapshotOf(loadNotulaSource(db, meetingId), meetingId, version));
  return { json, sha256: sha256Hex(json) };
}
