import type { OwnerStatus } from '../../../shared/domain/commitment';
import { OPEN_STATUSES } from '../../../shared/domain/followUp';
import type { CommitmentId, EvidenceView, OwnerId } from '../../../shared/domain/followUpViews';
import type { UnitId } from '../../../shared/domain/ids';

/*
 * SQL fragments shared by the follow-up repositories. ROLLED_UP_STATUS is
 * shared/domain/followUp.ts rollUpStatus written in SQL, so the list can filter and
 * sort by it without loading every owner; tests/main/repositories/followUpRepository
 * checks the two agree for every mix of owner statuses.
 */
export function rolledUpStatus(commitmentId: string): string {
  return `(SELECT CASE
    WHEN count(*) = 0 THEN 'BELUM'
    WHEN sum(ro.status = 'SELESAI') = count(*) THEN 'SELESAI'
    WHEN sum(ro.status IN ('SELESAI', 'TIDAK_DAPAT')) = count(*) THEN 'TIDAK_DAPAT'
    WHEN sum(ro.status IN ('PROSES', 'SELESAI')) > 0 THEN 'PROSES'
    ELSE 'BELUM' END
  FROM commitment_owners ro WHERE ro.commitment_id = ${commitmentId})`;
}

export const ROLLED_UP_STATUS = rolledUpStatus('c.id');

/** Open owner statuses, in SQL, from shared/domain/followUp.ts OPEN_STATUSES. */
export const OPEN_STATUSES_SQL = `(${OPEN_STATUSES.map((status) => `'${status}'`).join(', ')})`;

/**
 * shared/domain/followUp.ts isOverdue in SQL, with @today bound to the instansi's day:
 * due before today and open. `status` null means the rows are already known to be open.
 * tests/main/repositories/overdueRule.test.ts checks the list, the dashboard, the screens'
 * flags and the documents against isOverdue on random data.
 */
export function overdueSql(dueDate: string, status: string | null): string {
  const late = `(${dueDate} IS NOT NULL AND ${dueDate} < @today)`;
  return status === null ? late : `(${status} IN ${OPEN_STATUSES_SQL} AND ${late})`;
}

/** A commitment as the Tindak Lanjut list reads it, before its owners: what both the paged and the open-by-due views select. */
export type ListRow = {
  id: string;
  text: string;
  due_date: string | null;
  program_tag: string;
  meeting_id: string;
  meeting_title: string;
  meeting_date: string;
  series_id: string | null;
  status: string;
};

/** How evidence is stored in commitment_updates.evidence_json. */
export type StoredEvidence =
  Readonly<{ kind: 'file'; name: string; storedName: string; size: number }> | Readonly<{ kind: 'link'; url: string }>;

export function parseEvidence(json: string): StoredEvidence[] {
  try {
    const value = JSON.parse(json) as unknown;
    return Array.isArray(value) ? (value as StoredEvidence[]) : [];
  } catch {
    return [];
  }
}

/** What the renderer may see: never the stored file name (it is main's business). */
export function evidenceViews(json: string): EvidenceView[] {
  return parseEvidence(json).map((item, index) =>
    item.kind === 'file'
      ? { kind: 'file', index, name: item.name, size: item.size }
      : { kind: 'link', index, url: item.url },
  );
}

export function asOwnerStatus(value: string): OwnerStatus {
  return value as OwnerStatus;
}

/*
 * The one codec of a commitment_owners row (aliased o, joined to its unit u): the capture
 * screen, the follow-up list and the progress reports all select OWNER_COLUMNS and decode
 * with decodeOwner, then keep the fields their view needs.
 */
export const OWNER_COLUMNS = 'o.id, o.commitment_id, o.unit_id, u.name AS unit_name, o.status, o.status_reason';

export type OwnerRow = {
  id: string;
  commitment_id: string;
  unit_id: string;
  unit_name: string;
  status: string;
  status_reason: string;
};

export type OwnerRecord = Readonly<{
  id: OwnerId;
  commitmentId: CommitmentId;
  unitId: UnitId;
  unitName: string;
  status: OwnerStatus;
  /** Why TIDAK_DAPAT ('' otherwise). */
  reason: string;
}>;

export function decodeOwner(row: OwnerRow): OwnerRecord {
  return {
    id: row.id as OwnerId,
    commitmentId: row.commitment_id as CommitmentId,
    unitId: row.unit_id as UnitId,
    unitName: row.unit_name,
    status: asOwnerStatus(row.status),
    reason: row.status_reason,
  };
}
