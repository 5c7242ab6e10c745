import { canonicalJson } from '../../../../shared/domain/canonicalJson';
import type { MeetingId } from '../../../../shared/domain/ids';
import type { CommitmentEntry, NotulaSource } from '../../../../shared/document/source';
import type { Db } from '../../db/connection';
import { loadNotulaSource } from '../../repositories/documentSourceRepository';
import { sha256Hex } from './verificationCode';

/** Bumped if the snapshot's shape ever changes, so old and new snapshots are told apart. */
export const SNAPSHOT_FORMAT = 'risalah-notula/1';

/**
 * The snapshot's shape, typed so the compiler checks every field snapshotOf writes and
 * every reader of a stored snapshot reads (it was `unknown`). A field older snapshots
 * lack must be optional (meeting.sifat, migration 0007); any other change of shape bumps
 * SNAPSHOT_FORMAT, and the older format stays readable.
 */
export type NotulaSnapshot = Readonly<{
  format: typeof SNAPSHOT_FORMAT;
  meetingId: MeetingId;
  version: number;
  meeting: NotulaSource['meeting'];
  chair: NotulaSource['chair'];
  secretary: NotulaSource['secretary'];
  notulis: NotulaSource['notulis'];
  agenda: NotulaSource['agenda'];
  attendance: NotulaSource['attendance'];
  minutes: NotulaSource['minutes'];
  decisions: NotulaSource['decisions'];
  /** Texts and owners only: progress and statuses go on after approval. */
  commitments: ReadonlyArray<Pick<CommitmentEntry, 'context' | 'text' | 'dueDate'> & Readonly<{ owners: ReadonlyArray<string> }>>;
}>;

/**
 * What the chair approved, as data: the identity, roles, agenda, attendance, minutes,
 * decisions and commitment texts of the version. It leaves out what may change after
 * approval without changing the minutes: the instansi's letterhead and paper, and the
 * commitments' progress and statuses (follow-up goes on). No timestamps, so the same
 * content always gives the same SHA-256.
 */
export function snapshotOf(source: NotulaSource, meetingId: MeetingId, version: number): NotulaSnapshot {
  return {
    format: SNAPSHOT_FORMAT,
    meetingId,
    version,
    meeting: source.meeting,
    chair: source.chair,
    secretary: source.secretary,
    notulis: source.notulis,
    agenda: source.agenda,
    attendance: source.attendance,
    minutes: source.minutes,
    decisions: source.decisions,
    commitments: source.commitments.map((commitment) => ({
      context: commitment.context,
      text: commitment.text,
      dueDate: commitment.dueDate,
      owners: commitment.owners.map((owner) => owner.unit),
    })),
  };
}

export type CanonicalSnapshot = Readonly<{ json: string; sha256: string }>;

/** The canonical JSON of a meeting's current content and its SHA-256 (hex). */
export function buildCanonicalSnapshot(db: Db, meetingId: MeetingId, version: number): CanonicalSnapshot {
  const json = canonicalJson(snapshotOf(loadNotulaSource(db, meetingId), meetingId, version));
  return { json, sha256: sha256Hex(json) };
}
