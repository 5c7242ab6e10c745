import type { Db } from '../db/connection';
import type { CommitmentEntry, CommitmentOwnerEntry } from '../../../shared/document/source';
import type { OwnerStatus } from '../../../shared/domain/commitment';
import type { MeetingId } from '../../../shared/domain/ids';
import { parseEvidence } from './followUpSql';

/*
 * Read-only, for documentSourceRepository: a meeting's commitments as the official documents
 * print them (Notula, Matriks Tindak Lanjut), three queries for the whole meeting.
 */

type CommitmentRow = { id: string; text: string; due_date: string | null; agenda_title: string | null };
type OwnerRow = { id: string; commitment_id: string; unit_name: string; status: string; status_reason: string };
type UpdateRow = { owner_id: string; progress_text: string; percent: number | null; evidence_json: string };

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function progressLine(update: UpdateRow | undefined): string {
  if (update === undefined) return '';
  const text = update.progress_text.trim();
  const percent = update.percent === null ? '' : `(${update.percent}%)`;
  return [text, percent].filter((part) => part !== '').join(' ');
}

/**
 * Commitments in capture order. "Uraian Hasil Rapat" is the agenda item the commitment was
 * captured under (the data keeps no other link to a finding). Each OPD brings its status, its
 * latest progress report and the evidence of all its reports (file names and links).
 */
export function commitmentsOf(db: Db, meetingId: MeetingId): CommitmentEntry[] {
  const commitments = db
    .prepare(
      `SELECT c.id, c.text, c.due_date, a.title AS agenda_title
       FROM commitments c LEFT JOIN agenda_items a ON a.id = c.agenda_item_id
       WHERE c.meeting_id = ? AND c.deleted_at IS NULL ORDER BY c.position, c.created_at`,
    )
    .all(meetingId) as CommitmentRow[];
  const owners = db
    .prepare(
      `SELECT o.id, o.commitment_id, u.name AS unit_name, o.status, o.status_reason
       FROM commitment_owners o
       JOIN commitments c ON c.id = o.commitment_id
       JOIN units u ON u.id = o.unit_id
       WHERE c.meeting_id = ? AND c.deleted_at IS NULL ORDER BY u.name COLLATE NOCASE, o.created_at`,
    )
    .all(meetingId) as OwnerRow[];
  const updates = db
    .prepare(
      `SELECT cu.owner_id, cu.progress_text, cu.percent, cu.evidence_json
       FROM commitment_updates cu
       JOIN commitment_owners o ON o.id = cu.owner_id
       JOIN commitments c ON c.id = o.commitment_id
       WHERE c.meeting_id = ? AND c.deleted_at IS NULL
       ORDER BY cu.reported_on DESC, cu.created_at DESC, cu.id DESC`,
    )
    .all(meetingId) as UpdateRow[];

  const updatesByOwner = new Map<string, UpdateRow[]>();
  for (const update of updates) pushTo(updatesByOwner, update.owner_id, update);
  const ownerEntries = new Map<string, CommitmentOwnerEntry[]>();
  for (const owner of owners) {
    const own = updatesByOwner.get(owner.id) ?? [];
    const evidence = [...new Set(own.flatMap((update) => parseEvidence(update.evidence_json).map((item) => (item.kind === 'file' ? item.name : item.url))))];
    const entry: CommitmentOwnerEntry = {
      unit: owner.unit_name,
      status: owner.status as OwnerStatus,
      progress: progressLine(own[0]),
      // Newest first above; the matriks lists evidence oldest first, as it was handed in.
      evidence: evidence.reverse(),
      remarks: owner.status === 'TIDAK_DAPAT' ? owner.status_reason : '',
    };
    pushTo(ownerEntries, owner.commitment_id, entry);
  }
  return commitments.map((row) => ({
    context: row.agenda_title ?? '',
    text: row.text,
    dueDate: row.due_date,
    owners: ownerEntries.get(row.id) ?? [],
  }));
}

