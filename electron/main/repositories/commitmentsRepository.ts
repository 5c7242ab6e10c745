import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import type {
  Commitment,
  CommitmentFields,
  CommitmentOwner,
  CommitmentStoredFields,
} from '../../../shared/domain/captures';
import type { CommitmentId, MeetingId, UnitId } from '../../../shared/domain/ids';
import { COMMITMENT_FIELDS } from '../../../shared/records/commitmentFields';
import { fieldKeys, pickFields } from '../../../shared/records/fieldRegistry';
import { AppError } from '../../../shared/ipc/result';
import { auditorFor } from './auditRepository';
import { assertAgendaItemOfMeeting, assertMeetingExists, assertMinutesEditable } from './minutesChecks';
import { assertUnitsExist } from './preparationChecks';
import { recordKind, restoreRecord, softDeleteRecord } from './recordLifecycle';
import { decodeOwner, OWNER_COLUMNS, type OwnerRow } from './followUpSql';
import { insertFields, selectFields, updateFieldsById } from './fieldSql';
import type { WriteContext } from './writeContext';
import { nextPosition } from './meetingPosition';

const FIELDS = fieldKeys(COMMITMENT_FIELDS);
/* The registry's fields come back under their own names; the rest are the record's bookkeeping. */
const COLUMNS = `id, meeting_id, position, created_at, updated_at, ${selectFields(FIELDS)}`;
const INSERT = insertFields(FIELDS);

type CommitmentRow = CommitmentStoredFields & {
  id: string;
  meeting_id: string;
  position: number;
  created_at: number;
  updated_at: number;
};

function ownersOf(db: Db, commitmentIds: ReadonlyArray<string>): Map<string, CommitmentOwner[]> {
  const byCommitment = new Map<string, CommitmentOwner[]>();
  if (commitmentIds.length === 0) return byCommitment;
  // Owners in the order she picked them, as the Matriks prints them (not A-Z).
  const rows = db
    .prepare(
      `SELECT ${OWNER_COLUMNS}
       FROM commitment_owners o JOIN units u ON u.id = o.unit_id
       WHERE o.commitment_id IN (SELECT value FROM json_each(?))
       ORDER BY o.created_at, o.rowid`,
    )
    .all(JSON.stringify(commitmentIds)) as OwnerRow[];
  for (const { commitmentId, unitId, unitName, status } of rows.map(decodeOwner)) {
    const list = byCommitment.get(commitmentId) ?? [];
    list.push({ unitId, unitName, status });
    byCommitment.set(commitmentId, list);
  }
  return byCommitment;
}

function toCommitment(row: CommitmentRow, owners: ReadonlyArray<CommitmentOwner>): Commitment {
  return {
    id: row.id as CommitmentId,
    meetingId: row.meeting_id as MeetingId,
    ...pickFields(row, FIELDS),
    owners,
    position: row.position,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const audit = auditorFor('commitment');

/** Live commitments of a meeting in the order they were captured, each with its owners (by OPD name). */
export function listCommitments(db: Db, meetingId: MeetingId): ReadonlyArray<Commitment> {
  assertMeetingExists(db, meetingId);
  const rows = db
    .prepare(
      `SELECT ${COLUMNS} FROM commitments WHERE meeting_id = ? AND deleted_at IS NULL ORDER BY position, created_at`,
    )
    .all(meetingId) as CommitmentRow[];
  const owners = ownersOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => toCommitment(row, owners.get(row.id) ?? []));
}

export function getCommitment(db: Db, id: CommitmentId): Commitment {
  const row = db.prepare(`SELECT ${COLUMNS} FROM commitments WHERE id = ? AND deleted_at IS NULL`).get(id) as
    CommitmentRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Butir tindak lanjut tidak ditemukan; mungkin sudah dihapus.');
  return toCommitment(row, ownersOf(db, [id]).get(id) ?? []);
}

function addOwners(db: Db, id: CommitmentId, unitIds: ReadonlyArray<UnitId>, ctx: WriteContext): void {
  const insert = db.prepare(
    `INSERT INTO commitment_owners (id, commitment_id, unit_id, status, created_at, updated_at)
     VALUES (?, ?, ?, 'BELUM', ?, ?)`,
  );
  for (const unitId of unitIds) insert.run(randomUUID(), id, unitId, ctx.now, ctx.now);
}

/** What a create and an update check first: the meeting's minutes open, its own agenda item, live owners. */
function assertWritable(db: Db, meetingId: MeetingId, input: CommitmentFields): void {
  assertMinutesEditable(db, meetingId);
  assertAgendaItemOfMeeting(db, input.agendaItemId, meetingId);
  assertUnitsExist(db, input.ownerUnitIds);
}

export function createCommitment(
  db: Db,
  input: CommitmentFields & { meetingId: MeetingId },
  ctx: WriteContext,
): Commitment {
  return db.transaction(() => {
    assertWritable(db, input.meetingId, input);
    const position = nextPosition(db, 'commitments', input.meetingId);
    const id = randomUUID() as CommitmentId;
    db.prepare(
      `INSERT INTO commitments (id, meeting_id, position, created_at, updated_at, ${INSERT.columns})
       VALUES (@id, @meetingId, @position, @now, @now, ${INSERT.values})`,
    ).run({ ...pickFields(input, FIELDS), id, meetingId: input.meetingId, position, now: ctx.now });
    addOwners(db, id, input.ownerUnitIds, ctx);
    const created = getCommitment(db, id);
    audit(db, ctx, created, 'create', undefined, created);
    return created;
  })();
}

/**
 * Owners still listed keep their row and status; new ones start at BELUM. An
 * owner that already reported progress cannot be dropped: its reports would go
 * with it.
 */
export function updateCommitment(
  db: Db,
  input: CommitmentFields & { id: CommitmentId },
  ctx: WriteContext,
): Commitment {
  return db.transaction(() => {
    const before = getCommitment(db, input.id);
    assertWritable(db, before.meetingId, input);
    const wanted = new Set<string>(input.ownerUnitIds);
    const dropped = before.owners.filter((owner) => !wanted.has(owner.unitId));
    const reported = db.prepare(
      `SELECT count(*) AS n FROM commitment_updates cu JOIN commitment_owners o ON o.id = cu.owner_id
       WHERE o.commitment_id = ? AND o.unit_id = ?`,
    );
    const blocked = dropped.filter((owner) => (reported.get(input.id, owner.unitId) as { n: number }).n > 0);
    if (blocked.length > 0) {
      throw new AppError(
        'CONFLICT',
        `${blocked.map((owner) => owner.unitName).join(', ')} sudah melaporkan perkembangan, sehingga tidak dapat dihapus dari penanggung jawab.`,
      );
    }
    const remove = db.prepare('DELETE FROM commitment_owners WHERE commitment_id = ? AND unit_id = ?');
    for (const owner of dropped) remove.run(input.id, owner.unitId);
    const existing = new Set<string>(before.owners.map((owner) => owner.unitId));
    addOwners(
      db,
      input.id,
      input.ownerUnitIds.filter((unitId) => !existing.has(unitId)),
      ctx,
    );
    updateFieldsById(db, 'commitments', FIELDS, input, ctx);
    const after = getCommitment(db, input.id);
    audit(db, ctx, after, 'update', before, after);
    return after;
  })();
}

const COMMITMENT = recordKind(
  'commitments',
  'commitment',
  (db, id) => getCommitment(db, id as CommitmentId),
  'Butir tindak lanjut tidak ditemukan; mungkin sudah dihapus.',
);

/** Soft delete: owners and their reports stay, so "Batalkan" brings everything back. */
export function deleteCommitment(db: Db, id: CommitmentId, ctx: WriteContext): { id: CommitmentId } {
  return softDeleteRecord(db, COMMITMENT, id, ctx, (before) => assertMinutesEditable(db, before.meetingId));
}

export function restoreCommitment(db: Db, id: CommitmentId, ctx: WriteContext): Commitment {
  return restoreRecord(db, COMMITMENT, id, ctx, 'meeting_id', (row: { meeting_id: MeetingId }) =>
    assertMinutesEditable(db, row.meeting_id),
  );
}
