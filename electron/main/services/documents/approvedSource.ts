import type {
  CommitmentEntry,
  CommitmentOwnerEntry,
  MeetingIdentity,
  NotulaSource,
} from '../../../../shared/document/source';
import { AppError } from '../../../../shared/ipc/result';
import type { Db } from '../../db/connection';
import { approvedSnapshot, type VersionRecord } from '../../repositories/approvalRepository';
import { commitmentsOf } from '../../repositories/documentCommitmentsRepository';
import { documentOptions, instansiFor, type SourceOptions } from '../../repositories/documentSourceRepository';
import { carryOverEntries } from '../../../../shared/document/carryOverEntries';
import { readCarryOver } from '../../repositories/carryOverRepository';
import {
  SNAPSHOT_FORMAT,
  SNAPSHOT_FORMAT_V1,
  SNAPSHOT_FORMAT_V2,
  type CommitmentTextV1,
  type MeetingIdentityV2,
  type StoredSnapshot,
} from '../approval/canonicalSnapshot';

/*
 * The source of an approved version (issue 14): its stored snapshot, never the live tables,
 * so a later edit of a person, a unit, a commitment or another meeting changes nothing in its
 * documents. Only the instansi (letterhead, paper: chosen per export) is read now. The
 * Matriks marks overdue items as of the day of approval, so that too is fixed.
 */

const UNREADABLE = 'Data versi yang disahkan tidak dapat dibaca. Pulihkan cadangan data, lalu coba lagi.';

function storedSnapshot(db: Db, record: VersionRecord): StoredSnapshot {
  const stored = approvedSnapshot(db, record.meetingId, record.version);
  if (!stored) throw new AppError('NOT_FOUND', 'Versi yang disahkan tidak ditemukan.');
  let parsed: StoredSnapshot;
  try {
    parsed = JSON.parse(stored.canonicalJson) as StoredSnapshot;
  } catch {
    throw new AppError('INTERNAL', UNREADABLE);
  }
  if (parsed.format !== SNAPSHOT_FORMAT && parsed.format !== SNAPSHOT_FORMAT_V2 && parsed.format !== SNAPSHOT_FORMAT_V1)
    throw new AppError('INTERNAL', UNREADABLE);
  return parsed;
}

/** Formats 1 and 2 kept the invitation as one object; the documents print the same from its parts. */
function meetingOf(snapshot: StoredSnapshot): MeetingIdentity {
  if (snapshot.format === SNAPSHOT_FORMAT) return snapshot.meeting;
  const { invitation, ...rest }: MeetingIdentityV2 = snapshot.meeting;
  return { ...rest, invitationNumber: invitation?.number ?? '', invitationDate: invitation?.date ?? null };
}

/*
 * Format 1 stored each commitment's text and owning units but no statuses: those come from the
 * live owner of the same unit under the same commitment text (the first unused one), else
 * "Belum". Its carry-over is the list that version of the app stored for the meeting.
 */
function v1Commitments(
  stored: ReadonlyArray<CommitmentTextV1>,
  live: ReadonlyArray<CommitmentEntry>,
): CommitmentEntry[] {
  const unused = [...live];
  return stored.map((commitment) => {
    const index = unused.findIndex((entry) => entry.text === commitment.text);
    const match = index >= 0 ? unused.splice(index, 1)[0] : undefined;
    const owners = commitment.owners.map(
      (unit): CommitmentOwnerEntry =>
        match?.owners.find((owner) => owner.unit === unit) ?? {
          unit,
          status: 'BELUM',
          progress: '',
          evidence: [],
          remarks: '',
        },
    );
    return { context: commitment.context, text: commitment.text, dueDate: commitment.dueDate, owners };
  });
}

export function approvedSource(db: Db, record: VersionRecord, options: SourceOptions): NotulaSource {
  const snapshot = storedSnapshot(db, record);
  const base = {
    instansi: instansiFor(db, options),
    options: documentOptions({ ...options, asOf: record.approvedOn === '' ? null : record.approvedOn }),
    verificationCode: record.verificationCode,
    meeting: meetingOf(snapshot),
    agenda: snapshot.agenda,
    chair: snapshot.chair,
    secretary: snapshot.secretary,
    notulis: snapshot.notulis,
    attendance: snapshot.attendance,
    minutes: snapshot.minutes,
    decisions: snapshot.decisions,
  };
  if (snapshot.format !== SNAPSHOT_FORMAT_V1)
    return { ...base, commitments: snapshot.commitments, carryOver: snapshot.carryOver };
  return {
    ...base,
    commitments: v1Commitments(snapshot.commitments, commitmentsOf(db, record.meetingId)),
    carryOver: carryOverEntries(readCarryOver(db, record.meetingId).items),
  };
}
