import type { Db } from '../db/connection';
import type { FollowUpCursor, FollowUpQuery } from '../../../shared/domain/followUpViews';
import { OPEN_STATUSES_SQL, overdueSql, rolledUpStatus, type ListRow } from './followUpSql';
import { cachedStatement } from './statementCache';

/*
 * The Tindak Lanjut list's open view (Belum selesai, Terlambat) in due-date order, paged by
 * keyset: each page seeks follow_up_open_commitments (the open ones only, kept by migration
 * 0015's triggers) from the last row it showed, late ones first (their dates come first), the
 * undated last, and stops at the page size. No count, no OFFSET: a page costs its rows, not
 * the archive. Used when nothing asks for another order; one OPD's Belum selesai and Terlambat
 * page the same way over that OPD's own open owners (unitOpenSql).
 */
export function isOpenByDue(query: FollowUpQuery): boolean {
  return (
    (query.status === 'TERBUKA' || query.status === 'TERLAMBAT') &&
    (query.sort ?? 'BATAS_WAKTU') === 'BATAS_WAKTU' &&
    !query.descending
  );
}

/** The filters every shape of the open view shares. */
function filters(query: FollowUpQuery): string[] {
  const where: string[] = [];
  if (query.dueFrom) where.push('c.due_date >= @dueFrom');
  if (query.dueTo) where.push('c.due_date <= @dueTo');
  if (query.meetingId) where.push('c.meeting_id = @meetingId');
  if (query.seriesId) where.push('m.series_id = @seriesId');
  if (query.programTag) where.push('c.program_tag = @programTag');
  return where;
}

const COLUMNS = `c.id, c.text, c.due_date, c.program_tag, c.meeting_id, m.title AS meeting_title, m.date AS meeting_date,
      m.series_id`;

/*
 * One OPD's open items, by its own status (what she chases it for). Dated: the OPD's dates that
 * have open owners come from follow_up_due_counts (migration 0015, one row per OPD and date with
 * an open owner), each date's open commitments from follow_up_open_commitments (an open owner
 * makes its commitment open), in (date, id) order: a page costs that OPD's open dates it passes
 * and what is open on them, not the settled commitments of those dates. Undated: the OPD's open owners by (unit, status), first (CROSS JOIN: else SQLite
 * starts from every undated commitment of the archive).
 */
function unitOpenSql(query: FollowUpQuery, dated: boolean): string {
  const where = [
    'c.deleted_at IS NULL',
    'm.deleted_at IS NULL',
    `fo.status IN ${OPEN_STATUSES_SQL}`,
    ...filters(query),
  ];
  if (!dated)
    return `SELECT ${COLUMNS}, fo.status AS status
    FROM commitment_owners fo INDEXED BY commitment_owners_unit_status
    CROSS JOIN commitments c ON c.id = fo.commitment_id JOIN meetings m ON m.id = c.meeting_id
    WHERE fo.unit_id = @unitId AND c.due_date IS NULL AND c.id > @afterId AND ${where.join(' AND ')}
    ORDER BY c.id LIMIT @limit`;
  if (query.status === 'TERLAMBAT') where.push(overdueSql('d.due_date', null));
  return `SELECT ${COLUMNS}, fo.status AS status
    FROM follow_up_due_counts d
    CROSS JOIN follow_up_open_commitments k INDEXED BY follow_up_open_commitments_due ON k.due_date = d.due_date
    JOIN commitment_owners fo ON fo.commitment_id = k.commitment_id AND fo.unit_id = d.unit_id
    JOIN commitments c ON c.id = k.commitment_id JOIN meetings m ON m.id = c.meeting_id
    WHERE d.unit_id = @unitId AND d.due_date >= @afterDue AND (d.due_date > @afterDue OR k.commitment_id > @afterId)
      AND ${where.join(' AND ')}
    ORDER BY d.due_date, k.commitment_id LIMIT @limit`;
}

/** The SQL of one segment (dated or undated) of the open view; exported for the plan test. */
export function openByDueSql(query: FollowUpQuery, dated: boolean): string {
  if (query.unitId !== undefined) return unitOpenSql(query, dated);
  // follow_up_open_commitments (migration 0010) holds exactly the open live commitments.
  const where = ['c.deleted_at IS NULL', 'm.deleted_at IS NULL'];
  if (dated) where.push('k.due_date IS NOT NULL', '(k.due_date, k.commitment_id) > (@afterDue, @afterId)');
  else where.push('k.due_date IS NULL', 'k.commitment_id > @afterId');
  if (query.status === 'TERLAMBAT') where.push(overdueSql('k.due_date', null));
  where.push(...filters(query));
  return `SELECT ${COLUMNS}, ${rolledUpStatus('c.id')} AS status
    FROM follow_up_open_commitments k INDEXED BY follow_up_open_commitments_due
    JOIN commitments c ON c.id = k.commitment_id JOIN meetings m ON m.id = c.meeting_id
    WHERE ${where.join(' AND ')}
    ORDER BY k.due_date, k.commitment_id LIMIT @limit`;
}

/** One page after `after` (null: the first), and the cursor of the next page (null: none). */
export function openByDue(
  db: Db,
  query: FollowUpQuery,
  today: string,
  pageSize: number,
): { rows: ListRow[]; next: FollowUpCursor | null } {
  const after = query.after ?? null;
  const params: Record<string, unknown> = { today, limit: pageSize + 1 };
  for (const key of ['dueFrom', 'dueTo', 'meetingId', 'seriesId', 'programTag', 'unitId'] as const)
    if (query[key]) params[key] = query[key];
  const rows: ListRow[] = [];
  // Dated first (from the cursor's date on), then the undated, unless the cursor is already there.
  if (!query.dueNone && (after === null || after.dueDate !== null)) {
    const dated = { ...params, afterDue: after?.dueDate ?? '', afterId: after?.id ?? '' };
    rows.push(...(cachedStatement(db, openByDueSql(query, true)).all(dated) as ListRow[]));
  }
  const undatedWanted = query.status === 'TERBUKA' && !query.dueFrom && !query.dueTo;
  if (rows.length <= pageSize && undatedWanted) {
    const undated = {
      ...params,
      limit: pageSize + 1 - rows.length,
      afterId: after !== null && after.dueDate === null ? after.id : '',
    };
    rows.push(...(cachedStatement(db, openByDueSql(query, false)).all(undated) as ListRow[]));
  }
  const page = rows.slice(0, pageSize);
  const last = page[page.length - 1];
  return { rows: page, next: rows.length > pageSize && last ? { dueDate: last.due_date, id: last.id } : null };
}
