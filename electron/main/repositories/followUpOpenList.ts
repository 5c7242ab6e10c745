import type { Db } from '../db/connection';
import type { FollowUpCursor, FollowUpQuery } from '../../../shared/domain/followUpViews';
import { overdueSql, rolledUpStatus } from './followUpSql';
import { cachedStatement } from './statementCache';

/*
 * The Tindak Lanjut list's open view (Belum selesai, Terlambat) in due-date order, paged by
 * keyset: each page seeks follow_up_open_commitments (the open ones only, kept by migration
 * 0010's triggers) from the last row it showed, late ones first (their dates come first), the
 * undated last, and stops at the page size. No count, no OFFSET: a page costs its rows, not
 * the archive. Used when nothing asks for another order or one OPD's own status.
 */
export function isOpenByDue(query: FollowUpQuery): boolean {
  return (
    (query.status === 'TERBUKA' || query.status === 'TERLAMBAT') &&
    query.unitId === undefined &&
    (query.sort ?? 'BATAS_WAKTU') === 'BATAS_WAKTU' &&
    !query.descending
  );
}

export type OpenRow = {
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

/** The SQL of one segment (dated or undated) of the open view; exported for the plan test. */
export function openByDueSql(query: FollowUpQuery, dated: boolean): string {
  // follow_up_open_commitments (migration 0010) holds exactly the open live commitments.
  const where = ['c.deleted_at IS NULL', 'm.deleted_at IS NULL'];
  if (dated) where.push('k.due_date IS NOT NULL', '(k.due_date, k.commitment_id) > (@afterDue, @afterId)');
  else where.push('k.due_date IS NULL', 'k.commitment_id > @afterId');
  if (query.status === 'TERLAMBAT') where.push(overdueSql('k.due_date', null));
  if (query.dueFrom) where.push('c.due_date >= @dueFrom');
  if (query.dueTo) where.push('c.due_date <= @dueTo');
  if (query.meetingId) where.push('c.meeting_id = @meetingId');
  if (query.seriesId) where.push('m.series_id = @seriesId');
  if (query.programTag) where.push('c.program_tag = @programTag');
  return `SELECT c.id, c.text, c.due_date, c.program_tag, c.meeting_id, m.title AS meeting_title, m.date AS meeting_date,
      m.series_id, ${rolledUpStatus('c.id')} AS status
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
): { rows: OpenRow[]; next: FollowUpCursor | null } {
  const after = query.after ?? null;
  const params: Record<string, unknown> = { today, limit: pageSize + 1 };
  for (const key of ['dueFrom', 'dueTo', 'meetingId', 'seriesId', 'programTag'] as const)
    if (query[key]) params[key] = query[key];
  const rows: OpenRow[] = [];
  // Dated first (from the cursor's date on), then the undated, unless the cursor is already there.
  if (!query.dueNone && (after === null || after.dueDate !== null)) {
    const dated = { ...params, afterDue: after?.dueDate ?? '', afterId: after?.id ?? '' };
    rows.push(...(cachedStatement(db, openByDueSql(query, true)).all(dated) as OpenRow[]));
  }
  const undatedWanted = query.status === 'TERBUKA' && !query.dueFrom && !query.dueTo;
  if (rows.length <= pageSize && undatedWanted) {
    const undated = {
      ...params,
      limit: pageSize + 1 - rows.length,
      afterId: after !== null && after.dueDate === null ? after.id : '',
    };
    rows.push(...(cachedStatement(db, openByDueSql(query, false)).all(undated) as OpenRow[]));
  }
  const page = rows.slice(0, pageSize);
  const last = page[page.length - 1];
  return { rows: page, next: rows.length > pageSize && last ? { dueDate: last.due_date, id: last.id } : null };
}
