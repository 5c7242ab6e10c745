import type { Db } from '../db/connection';
import type { CommitmentEntry, CommitmentOwnerEntry } from '../../../shared/document/source';
import type { OwnerStatus } from '../../../shared/domain/commitment';
import type { MeetingId } from '../../../shared/domain/ids';
import { parseEvidence } from './followUpSql';
import { progressWithPercent } from '../../../shared/document/progressLine';
import { COMMITMENT_FIELDS } from '../../../shared/records/commitmentFields';
import { pickFields, printedKeys, type PrintedFields } from '../../../shared/records/fieldRegistry';
import { selectFields } from './fieldSql';

/*
 * Read-only, for documentSourceRepository: a meeting's commitments as the official documents
 * print them (Notula, Matriks Tindak Lanjut), three queries for the whole meeting.
 */

/* Fields the registry marks as printed travel to the documents as stored, under their own names. */
const PRINTED = printedKeys(COMMITMENT_FIELDS);
const PRINTED_COLUMNS = PRINTED.length === 0 ? '' : `, ${selectFields(PRINTED, 'c')}`;

type CommitmentRow = PrintedFields<typeof COMMITMENT_FIELDS> & {
  id: string;
  text: string;
  due_date: string | null;
  agenda_item_id: string | null;
  agenda_title: string | null;
};
type DecisionRow = { agenda_item_id: string; text: string };
type OwnerRow = { id: string; commitment_id: string; unit_name: string; status: string; status_reason: string };
type UpdateRow = { owner_id: string; progress_text: string; percent: number | null; evidence_json: string };

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function progressLine(update: UpdateRow | undefined): string {
  if (update === undefined) return '';
  return progressWithPercent(update.progress_text, update.percent);
}

/**
 * Commitments in capture order. "Uraian Hasil Rapat / Arahan Pimpinan" is the arahan and hasil
 * rapat recorded under the same agenda item (the data keeps no closer link to a finding); the
 * agenda title only when that item has none. Each OPD, in the order she typed them (not A-Z),
 * brings its status, its latest progress report and the evidence of all its reports.
 */
export function commitmentsOf(db: Db, meetingId: MeetingId): CommitmentEntry[] {
  const commitments = db
    .prepare(
      `SELECT c.id, c.text, c.due_date, c.agenda_item_id, a.title AS agenda_title${PRINTED_COLUMNS}
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
       WHERE c.meeting_id = ? AND c.deleted_at IS NULL ORDER BY o.created_at, o.rowid`,
    )
    .all(meetingId) as OwnerRow[];
  const decisions = db
    .prepare(
      `SELECT agenda_item_id, text FROM decisions
       WHERE meeting_id = ? AND deleted_at IS NULL AND agenda_item_id IS NOT NULL ORDER BY position, created_at`,
    )
    .all(meetingId) as DecisionRow[];
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
    const evidence = [
      ...new Set(
        own.flatMap((update) =>
          parseEvidence(update.evidence_json).map((item) => (item.kind === 'file' ? item.name : item.url)),
        ),
      ),
    ];
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
  const arahan = new Map<string, string[]>();
  for (const decision of decisions)
    if (decision.text.trim() !== '') pushTo(arahan, decision.agenda_item_id, decision.text.trim());
  return commitments.map((row) => ({
    context:
      (row.agenda_item_id === null ? undefined : arahan.get(row.agenda_item_id)?.join('\n')) ?? row.agenda_title ?? '',
    text: row.text,
    dueDate: row.due_date,
    owners: ownerEntries.get(row.id) ?? [],
    ...pickFields(row, PRINTED),
  }));
}
