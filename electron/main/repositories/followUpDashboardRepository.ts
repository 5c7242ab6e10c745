import type { Db } from '../db/connection';
import { addDays } from '../../../shared/domain/followUp';
import type { FilterOptions, UnitFollowUpCounts } from '../../../shared/domain/followUpViews';
import type { MeetingId, SeriesId, UnitId } from '../../../shared/domain/ids';
import { OPEN_STATUSES_SQL } from './followUpSql';
import { cachedStatement } from './statementCache';

/** The per-OPD dashboard query (exposed for the bench's raw run). */
export const DASHBOARD_SQL = `SELECT o.unit_id, u.name AS unit_name,
    sum(o.status IN ${OPEN_STATUSES_SQL}) AS open,
    sum(o.status IN ${OPEN_STATUSES_SQL} AND c.due_date < @today) AS overdue,
    sum(o.status IN ${OPEN_STATUSES_SQL} AND c.due_date >= @today AND c.due_date <= @soon) AS due_soon,
    sum(o.status = 'SELESAI') AS done,
    sum(o.status = 'TIDAK_DAPAT') AS cannot
  FROM commitment_owners o
  JOIN commitments c ON c.id = o.commitment_id
  JOIN meetings m ON m.id = c.meeting_id
  JOIN units u ON u.id = o.unit_id
  WHERE c.deleted_at IS NULL AND m.deleted_at IS NULL
  GROUP BY o.unit_id
  ORDER BY overdue DESC, open DESC, u.name COLLATE NOCASE`;

type CountsRow = { unit_id: string; unit_name: string; open: number; overdue: number; due_soon: number; done: number; cannot: number };

/** Counts per OPD on `today`; due soon means within `days` days from today. */
export function unitCounts(db: Db, today: string, days: number): UnitFollowUpCounts[] {
  const rows = cachedStatement(db, DASHBOARD_SQL).all({ today, soon: addDays(today, days) }) as CountsRow[];
  return rows.map((row) => ({
    unitId: row.unit_id as UnitId,
    unitName: row.unit_name,
    open: row.open,
    overdue: row.overdue,
    dueSoon: row.due_soon,
    done: row.done,
    cannot: row.cannot,
  }));
}

export function filterOptions(db: Db): FilterOptions {
  const units = db
    .prepare(
      `SELECT u.id, u.name FROM units u
       WHERE EXISTS (SELECT 1 FROM commitment_owners o WHERE o.unit_id = u.id)
       ORDER BY u.name COLLATE NOCASE`,
    )
    .all() as Array<{ id: UnitId; name: string }>;
  const meetings = db
    .prepare(
      `SELECT m.id, m.title, m.date FROM meetings m
       WHERE m.deleted_at IS NULL AND EXISTS (SELECT 1 FROM commitments c WHERE c.meeting_id = m.id AND c.deleted_at IS NULL)
       ORDER BY m.date DESC, m.created_at DESC`,
    )
    .all() as Array<{ id: MeetingId; title: string; date: string }>;
  const series = db
    .prepare('SELECT id, title FROM series WHERE deleted_at IS NULL ORDER BY title COLLATE NOCASE')
    .all() as Array<{ id: SeriesId; title: string }>;
  const tags = db
    .prepare(`SELECT DISTINCT program_tag FROM commitments WHERE deleted_at IS NULL AND program_tag <> '' ORDER BY program_tag COLLATE NOCASE`)
    .all() as Array<{ program_tag: string }>;
  return { units, meetings, series, programTags: tags.map((row) => row.program_tag) };
}
