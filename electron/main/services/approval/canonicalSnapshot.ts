import { canonicalJson } from '../../../../shared/domain/canonicalJson';
import type { MeetingId } from '../../../../shared/domain/ids';
import type { CommitmentEntry, NotulaContent, NotulaSource } from '../../../../shared/document/source';
import type { Db } from '../../db/connection';
import { loadNotulaSource } from '../../repositories/documentSourceRepository';
import { sha256Hex } from './verificationCode';

/*
 * Format 2 (issue 14) stores everything the version's documents print, so they are built from
 * it alone: the commitments with each owner's status, progress and evidence at approval, and
 * the carried-over section frozen at approval. Format 1 stored the commitments' texts and
 * owning units only and no carry-over; its versions keep their SHA-256 and are still read.
 */
export const SNAPSHOT_FORMAT = 'risalah-notula/2';
export const SNAPSHOT_FORMAT_V1 = 'risalah-notula/1';

/** Format 1's commitment: no statuses (follow-up went on after approval). */
export type CommitmentTextV1 = Readonly<{
  context: string;
  text: string;
  dueDate: string | null;
  owners: ReadonlyArray<string>;
}>;

export type StoredSnapshot =
  | (NotulaContent & Readonly<{ format: typeof SNAPSHOT_FORMAT; meetingId: MeetingId; version: number }>)
  | (Omit<NotulaContent, 'commitments' | 'carryOver'> &
      Readonly<{
        format: typeof SNAPSHOT_FORMAT_V1;
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
