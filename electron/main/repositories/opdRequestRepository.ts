import type { Db } from '../db/connection';
import type { OwnerStatus } from '../../../shared/domain/commitment';
import type { CommitmentId, OwnerId } from '../../../shared/domain/followUpViews';
import type { SeriesId, UnitId } from '../../../shared/domain/ids';
import { asOwnerStatus, OPEN_STATUSES_SQL, parseEvidence } from './followUpSql';

/** One owner of a commitment with what the letters, forms and the Laporan print. */
export type OwnerLine = Readonly<{
  ownerId: OwnerId;
  commitmentId: CommitmentId;
  unitId: UnitId;
  unitName: string;
  text: string;
  dueDate: string | null;
  meetingTitle: string;
  meetingDate: string;
  status: OwnerStatus;
  reason: string;
  progress: string;
  percent: number | null;
  /** File names and links of every report of this owner, oldest first. */
  evidence: ReadonlyArray<string>;
}>;

type LineRow = {
  owner_id: string;
  commitment_id: string;
  unit_id: string;
  unit_name: string;
  text: string;
  due_date: string | null;
  meeting_title: string;
  meeting_date: string;
  status: string;
  status_reason: string;
};

const LINE_SELECT = `SELECT o.id AS owner_id, o.commitment_id, o.unit_id, un.name AS unit_name, c.text, c.due_date,
    m.title AS meeting_title, m.date AS meeting_date, o.status, o.status_reason
  FROM commitment_owners o
  JOIN commitments c ON c.id = o.commitment_id
  JOIN meetings m ON m.id = c.meeting_id
  JOIN units un ON un.id = o.unit_id`;

function withProgress(db: Db, rows: ReadonlyArray<LineRow>): OwnerLine[] {
  const updates = db.prepare(
    'SELECT progress_text, percent, evidence_json FROM commitment_updates WHERE owner_id = ? ORDER BY reported_on, created_at, id',
  );
  return rows.map((row) => {
    const history = updates.all(row.owner_id) as Array<{
      progress_text: string;
      percent: number | null;
      evidence_json: string;
    }>;
    const latest = history.at(-1);
    const evidence = history.flatMap((update) =>
      parseEvidence(update.evidence_json).map((item) => (item.kind === 'file' ? item.name : item.url)),
    );
    return {
      ownerId: row.owner_id as OwnerId,
      commitmentId: row.commitment_id as CommitmentId,
      unitId: row.unit_id as UnitId,
      unitName: row.unit_name,
      text: row.text,
      dueDate: row.due_date,
      meetingTitle: row.meeting_title,
      meetingDate: row.meeting_date,
      status: asOwnerStatus(row.status),
      reason: row.status_reason,
      progress: latest?.progress_text ?? '',
      percent: latest?.percent ?? null,
      evidence,
    };
  });
}

/** The open commitments of one OPD, oldest meeting first: what the letter and the form list. */
export function openLinesOfUnit(db: Db, unitId: UnitId): OwnerLine[] {
  const rows = db
    .prepare(
      `${LINE_SELECT}
       WHERE o.unit_id = ? AND o.status IN ${OPEN_STATUSES_SQL} AND c.deleted_at IS NULL AND m.deleted_at IS NULL
       ORDER BY m.date, m.created_at, c.position, c.created_at`,
    )
    .all(unitId) as LineRow[];
  return withProgress(db, rows);
}

/** OPD with at least one open commitment, by name. */
export function unitsWithOpenCommitments(db: Db): Array<{ id: UnitId; name: string }> {
  return db
    .prepare(
      `SELECT u.id, u.name FROM units u
       WHERE EXISTS (
         SELECT 1 FROM commitment_owners o JOIN commitments c ON c.id = o.commitment_id JOIN meetings m ON m.id = c.meeting_id
         WHERE o.unit_id = u.id AND o.status IN ${OPEN_STATUSES_SQL} AND c.deleted_at IS NULL AND m.deleted_at IS NULL)
       ORDER BY u.name COLLATE NOCASE`,
    )
    .all() as Array<{ id: UnitId; name: string }>;
}

export type ReportScope = Readonly<{ seriesId: SeriesId | null; from: string | null; to: string | null }>;

/** Every owner of the commitments made in the scope's meetings, in meeting and commitment order. */
export function reportLines(db: Db, scope: ReportScope): OwnerLine[] {
  const rows = db
    .prepare(
      `${LINE_SELECT}
       WHERE c.deleted_at IS NULL AND m.deleted_at IS NULL
         AND (@seriesId IS NULL OR m.series_id = @seriesId)
         AND (@from IS NULL OR m.date >= @from)
         AND (@to IS NULL OR m.date <= @to)
       ORDER BY m.date, m.created_at, c.position, c.created_at, o.created_at, un.name COLLATE NOCASE`,
    )
    .all(scope) as LineRow[];
  return withProgress(db, rows);
}

export function seriesTitle(db: Db, seriesId: SeriesId): string | null {
  const row = db.prepare('SELECT title FROM series WHERE id = ? AND deleted_at IS NULL').get(seriesId) as
    { title: string } | undefined;
  return row?.title ?? null;
}

export function unitName(db: Db, unitId: UnitId): string | null {
  const row = db.prepare('SELECT name FROM units WHERE id = ?').get(unitId) as { name: string } | undefined;
  return row?.name ?? null;
}
