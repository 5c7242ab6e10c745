import type { Db } from '../db/connection';
import { addDays } from '../../../shared/domain/followUp';
import type { FilterOptions, UnitFollowUpCounts } from '../../../shared/domain/followUpViews';
import type { MeetingId, SeriesId, UnitId } from '../../../shared/domain/ids';
import { OPEN_STATUSES_SQL, overdueSql } from './followUpSql';
import { cachedStatement } from './statementCache';

/**
 * The per-OPD dashboard as the plain definition over every owner (kept for the bench's growth
 * ratio and the tests' reference): open owners are sought per OPD through
 * commitment_owners_unit_status and joined to their commitments; settled owners are only
 * counted in that index, then those under a deleted commitment or meeting are taken off.
 * It grows with the archive (every late owner of ten years is read).
 */
export const PLAIN_DASHBOARD_SQL = `WITH
  open_rows AS (
    SELECT o.unit_id, c.due_date
    FROM units u
    CROSS JOIN commitment_owners o ON o.unit_id = u.id AND o.status IN ${OPEN_STATUSES_SQL}
    JOIN commitments c ON c.id = o.commitment_id
    JOIN meetings m ON m.id = c.meeting_id
    WHERE c.deleted_at IS NULL AND m.deleted_at IS NULL),
  open_counts AS (
    SELECT unit_id, count(*) AS open, sum(${overdueSql('due_date', null)}) AS overdue,
      sum(due_date >= @today AND due_date <= @soon) AS due_soon
    FROM open_rows GROUP BY unit_id),
  settled_all AS (
    SELECT u.id AS unit_id, sum(o.status = 'SELESAI') AS done, sum(o.status = 'TIDAK_DAPAT') AS cannot
    FROM units u
    CROSS JOIN commitment_owners o ON o.unit_id = u.id AND o.status IN ('SELESAI', 'TIDAK_DAPAT')
    GROUP BY u.id),
  gone_meetings AS (SELECT id FROM meetings WHERE deleted_at IS NOT NULL),
  gone AS (
    SELECT c.id FROM commitments c WHERE c.deleted_at IS NOT NULL AND c.meeting_id NOT IN gone_meetings
    UNION ALL
    SELECT c.id FROM gone_meetings m CROSS JOIN commitments c ON c.meeting_id = m.id),
  settled_gone AS (
    SELECT o.unit_id, sum(o.status = 'SELESAI') AS done, sum(o.status = 'TIDAK_DAPAT') AS cannot
    FROM gone g CROSS JOIN commitment_owners o ON o.commitment_id = g.id AND o.status IN ('SELESAI', 'TIDAK_DAPAT')
    GROUP BY o.unit_id),
  counts AS (
    SELECT u.id AS unit_id, u.name AS unit_name,
      coalesce(oc.open, 0) AS open, coalesce(oc.overdue, 0) AS overdue, coalesce(oc.due_soon, 0) AS due_soon,
      coalesce(sa.done, 0) - coalesce(sg.done, 0) AS done, coalesce(sa.cannot, 0) - coalesce(sg.cannot, 0) AS cannot
    FROM units u
    LEFT JOIN open_counts oc ON oc.unit_id = u.id
    LEFT JOIN settled_all sa ON sa.unit_id = u.id
    LEFT JOIN settled_gone sg ON sg.unit_id = u.id)
  SELECT * FROM counts
  WHERE open + done + cannot > 0
  ORDER BY overdue DESC, open DESC, unit_name COLLATE NOCASE`;

/**
 * The dashboard the app runs: the counters of migration 0010 per OPD, and of the open owners
 * by due date only the dates from today on (a few weeks, whatever the archive's age). Late is
 * what is open, dated, and not due today or later (shared/domain/followUp.ts isOverdue). INDEXED BY:
 * on its own SQLite would scan the table in unit order to spare the GROUP BY's sort, reading
 * every past date (tests/main/db/firstScreenPlans.test.ts).
 */
export const DASHBOARD_SQL = `WITH
  ahead AS (
    SELECT unit_id, sum(open) AS not_late, sum(CASE WHEN due_date <= @soon THEN open ELSE 0 END) AS due_soon
    FROM follow_up_due_counts INDEXED BY follow_up_due_counts_due WHERE due_date >= @today GROUP BY unit_id),
  counts AS (
    SELECT u.id AS unit_id, u.name AS unit_name, k.open,
      k.open - k.open_undated - coalesce(a.not_late, 0) AS overdue, coalesce(a.due_soon, 0) AS due_soon,
      k.done, k.cannot
    FROM follow_up_unit_counts k JOIN units u ON u.id = k.unit_id LEFT JOIN ahead a ON a.unit_id = k.unit_id)
  SELECT * FROM counts
  WHERE open + done + cannot > 0
  ORDER BY overdue DESC, open DESC, unit_name COLLATE NOCASE`;

type CountsRow = {
  unit_id: string;
  unit_name: string;
  open: number;
  overdue: number;
  due_soon: number;
  done: number;
  cannot: number;
};

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
    .prepare(
      `SELECT DISTINCT program_tag FROM commitments WHERE deleted_at IS NULL AND program_tag <> '' ORDER BY program_tag COLLATE NOCASE`,
    )
    .all() as Array<{ program_tag: string }>;
  return { units, meetings, series, programTags: tags.map((row) => row.program_tag) };
}
