import type { Queryable } from '../db/pool';
import { OPEN_STATUSES } from '../../shared/domain/followUp';
import type { Row } from '../registry/entities';

export type PortalOwnerRow = {
  owner_id: string;
  commitment_id: string;
  text: string;
  due_date: string | null;
  status: string;
  meeting_id: string;
  meeting_title: string;
  meeting_date: string;
  time_zone: string;
};

/** One unit's live owners (of live commitments of live meetings), open ones only when asked. */
export async function unitOwners(db: Queryable, unitId: string, openOnly: boolean): Promise<PortalOwnerRow[]> {
  const { rows } = await db.query<PortalOwnerRow>(
    `SELECT o.id AS owner_id, c.id AS commitment_id, c.text, c.due_date, o.status,
            m.id AS meeting_id, m.title AS meeting_title, m.date AS meeting_date, m.time_zone
     FROM commitment_owners o
     JOIN commitments c ON c.id = o.commitment_id AND NOT c.deleted AND c.deleted_at IS NULL
     JOIN meetings m ON m.id = c.meeting_id AND NOT m.deleted AND m.deleted_at IS NULL
     WHERE o.unit_id = $1 AND NOT o.deleted AND ($2::boolean = false OR o.status = ANY($3::text[]))`,
    [unitId, openOnly, OPEN_STATUSES],
  );
  return rows;
}

export type PortalUpdateRow = {
  id: string;
  owner_id: string;
  reported_on: string;
  status: string;
  progress_text: string;
  percent: number | null;
  evidence_json: string;
  created_at: number;
};

export async function updatesOf(db: Queryable, ownerIds: ReadonlyArray<string>): Promise<PortalUpdateRow[]> {
  if (ownerIds.length === 0) return [];
  const { rows } = await db.query<PortalUpdateRow>(
    `SELECT id, owner_id, reported_on, status, progress_text, percent, evidence_json, created_at
     FROM commitment_updates WHERE owner_id = ANY($1::text[]) AND NOT deleted
     ORDER BY reported_on DESC, created_at DESC, id DESC`,
    [ownerIds],
  );
  return rows;
}

export type OwnerForReport = {
  id: string;
  unit_id: string;
  status: string;
  status_reason: string;
  meeting_date: string;
  time_zone: string;
};

/** The live owner a report is for, locked, with what the date rules need. */
export async function ownerForReport(db: Queryable, ownerId: string): Promise<OwnerForReport | null> {
  const { rows } = await db.query<OwnerForReport>(
    `SELECT o.id, o.unit_id, o.status, o.status_reason, m.date AS meeting_date, m.time_zone
     FROM commitment_owners o
     JOIN commitments c ON c.id = o.commitment_id AND NOT c.deleted AND c.deleted_at IS NULL
     JOIN meetings m ON m.id = c.meeting_id AND NOT m.deleted AND m.deleted_at IS NULL
     WHERE o.id = $1 AND NOT o.deleted
     FOR UPDATE OF o`,
    [ownerId],
  );
  return rows[0] ?? null;
}

/** The owner's newest report decides its status, as on the desktop. */
export async function newestUpdateId(db: Queryable, ownerId: string): Promise<string | null> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM commitment_updates WHERE owner_id = $1 AND NOT deleted
     ORDER BY reported_on DESC, created_at DESC, id DESC LIMIT 1`,
    [ownerId],
  );
  return rows[0]?.id ?? null;
}

export async function setOwnerStatus(
  db: Queryable,
  ownerId: string,
  status: string,
  reason: string,
  now: number,
  seq: number,
  accountId: string,
): Promise<void> {
  await db.query(
    `UPDATE commitment_owners SET status = $2, status_reason = $3, updated_at = $4, seq = $5, updated_by = $6 WHERE id = $1`,
    [ownerId, status, reason, now, seq, accountId],
  );
}

export async function updateRow(db: Queryable, id: string): Promise<(Row & { seq: number }) | null> {
  const { rows } = await db.query<Row & { seq: number }>(
    `SELECT id, owner_id, reported_on, status, progress_text, percent, evidence_json, meeting_id, created_at, updated_at,
            status_reason, seq
     FROM commitment_updates WHERE id = $1`,
    [id],
  );
  return rows[0] ?? null;
}
