import type { Db } from '../db/connection';
import { isOverdue, type FollowUpFilterStatus } from '../../../shared/domain/followUp';
import type {
  CommitmentDetail,
  CommitmentId,
  FollowUpPage,
  FollowUpQuery,
  FollowUpRow,
  FollowUpSort,
  LatestProgress,
  OwnerId,
  OwnerView,
  UpdateId,
  UpdateView,
} from '../../../shared/domain/followUpViews';
import type { MeetingId, SeriesId } from '../../../shared/domain/ids';
import { AppError } from '../../../shared/ipc/result';
import { cachedStatement } from './statementCache';
import { isOpenByDue, openByDue } from './followUpOpenList';
import {
  asOwnerStatus,
  decodeOwner,
  evidenceViews,
  OPEN_STATUSES_SQL,
  OWNER_COLUMNS,
  overdueSql,
  ROLLED_UP_STATUS,
  rolledUpStatus,
  type OwnerRecord,
  type OwnerRow,
  type ListRow,
} from './followUpSql';

export const DEFAULT_PAGE_SIZE = 50;

/*
 * The list's status is the rolled-up one, except when she filters by one OPD: then it
 * is that OPD's own status, which is what she chases it for. The roll-up costs a look
 * at the owners of each commitment, so when neither the filter nor the order needs it,
 * it is computed for the rows of the page only.
 */
function baseSql(query: FollowUpQuery, withStatus: boolean): { sql: string; params: Record<string, unknown> } {
  const params: Record<string, unknown> = {};
  const status = query.unitId ? 'fo.status' : ROLLED_UP_STATUS;
  const joinUnit = query.unitId ? 'JOIN commitment_owners fo ON fo.commitment_id = c.id AND fo.unit_id = @unitId' : '';
  if (query.unitId) params['unitId'] = query.unitId;
  const where = ['c.deleted_at IS NULL', 'm.deleted_at IS NULL'];
  const add = (clause: string, name: string, value: unknown) => {
    where.push(clause);
    params[name] = value;
  };
  if (query.meetingId) add('c.meeting_id = @meetingId', 'meetingId', query.meetingId);
  if (query.seriesId) add('m.series_id = @seriesId', 'seriesId', query.seriesId);
  if (query.programTag) add('c.program_tag = @programTag', 'programTag', query.programTag);
  if (query.dueNone) where.push('c.due_date IS NULL');
  if (query.dueFrom) add('c.due_date >= @dueFrom', 'dueFrom', query.dueFrom);
  if (query.dueTo) add('c.due_date <= @dueTo', 'dueTo', query.dueTo);
  // The owners' openness is tested by rolledUpStatusIs below.
  if (query.status === 'TERLAMBAT') where.push(overdueSql('c.due_date', null));
  if (query.status && !query.unitId) where.push(rolledUpStatusIs(query.status));
  const sql = `SELECT c.id, c.text, c.due_date, c.program_tag, c.position, c.meeting_id, m.title AS meeting_title,
      m.date AS meeting_date, m.series_id${withStatus || query.unitId ? `, ${status} AS status` : ''}
    FROM commitments c JOIN meetings m ON m.id = c.meeting_id ${joinUnit}
    WHERE ${where.join(' AND ')}`;
  return { sql, params };
}

const ownersWhere = (condition: string) =>
  `EXISTS (SELECT 1 FROM commitment_owners x WHERE x.commitment_id = c.id${condition})`;

/**
 * The roll-up of shared/domain/followUp.ts as existence tests on the owners' index, so a
 * filter by status never aggregates every commitment: SELESAI = some owner and none other
 * than SELESAI; TIDAK_DAPAT = none open and one TIDAK_DAPAT; PROSES = one open and one
 * started; BELUM = no owner, or one open and none started. Terlambat and "belum selesai"
 * are the open ones (BELUM or PROSES).
 */
function rolledUpStatusIs(status: FollowUpFilterStatus): string {
  const any = ownersWhere('');
  const open = ownersWhere(` AND x.status IN ${OPEN_STATUSES_SQL}`);
  const started = ownersWhere(` AND x.status IN ('PROSES', 'SELESAI')`);
  switch (status) {
    case 'TERLAMBAT':
    case 'TERBUKA':
      return `(${open} OR NOT ${any})`;
    case 'SELESAI':
      return `(${any} AND NOT ${ownersWhere(` AND x.status <> 'SELESAI'`)})`;
    case 'TIDAK_DAPAT':
      return `(NOT ${open} AND ${ownersWhere(` AND x.status = 'TIDAK_DAPAT'`)})`;
    case 'PROSES':
      return `(${open} AND ${started})`;
    case 'BELUM':
      return `(NOT ${any} OR (${open} AND NOT ${started}))`;
  }
}

/** With one OPD chosen, its own status decides. */
function statusFilter(query: FollowUpQuery, params: Record<string, unknown>): string {
  if (!query.status || !query.unitId) return '';
  if (query.status === 'TERLAMBAT') return `WHERE ${overdueSql('b.due_date', 'b.status')}`;
  if (query.status === 'TERBUKA') return `WHERE b.status IN ${OPEN_STATUSES_SQL}`;
  params['status'] = query.status;
  return 'WHERE b.status = @status';
}

/** Overdue first, then the open ones, then the closed ones. */
function statusRank(alias: string): string {
  return `CASE WHEN ${overdueSql(`${alias}.due_date`, `${alias}.status`)} THEN 0
  WHEN ${alias}.status = 'BELUM' THEN 1 WHEN ${alias}.status = 'PROSES' THEN 2 WHEN ${alias}.status = 'TIDAK_DAPAT' THEN 3 ELSE 4 END`;
}

function orderBy(alias: string, sort: FollowUpSort, descending: boolean): string {
  const dir = descending ? 'DESC' : 'ASC';
  const b = alias;
  switch (sort) {
    case 'ASAL':
      return `${b}.meeting_date ${dir}, ${b}.meeting_id ${dir}, ${b}.position ${dir}, ${b}.id`;
    case 'URAIAN':
      return `${b}.text COLLATE NOCASE ${dir}, ${b}.id`;
    case 'BATAS_WAKTU':
      // Commitments without a due date go last either way.
      return `${b}.due_date IS NULL, ${b}.due_date ${dir}, ${b}.meeting_date, ${b}.id`;
    case 'STATUS':
      return `${statusRank(b)} ${dir}, ${b}.due_date IS NULL, ${b}.due_date, ${b}.id`;
  }
}

/**
 * The SQL and parameters of one page of the list, with the total in each row (exposed so
 * the bench can time the raw query); countSql is only needed past the last page.
 */
export function listSql(
  query: FollowUpQuery,
  today: string,
): { sql: string; countSql: string; params: Record<string, unknown> } {
  const sort = query.sort ?? 'BATAS_WAKTU';
  const descending = query.descending ?? false;
  // The roll-up is needed before paging only to sort by it.
  const statusFirst = query.unitId !== undefined || sort === 'STATUS';
  const base = baseSql(query, statusFirst);
  const params: Record<string, unknown> = { ...base.params, today };
  const filter = statusFilter(query, params);
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  params['limit'] = pageSize;
  params['offset'] = ((query.page ?? 1) - 1) * pageSize;
  // MATERIALIZED: otherwise SQLite copies the roll-up into every place that names the
  // status (filter, sort rank) and runs it several times per row.
  // count(*) OVER (): the total comes from the same pass that sorts, not from a second query.
  const columns = 'b.*, count(*) OVER () AS total';
  const from =
    statusFirst && query.unitId === undefined
      ? `WITH b AS MATERIALIZED (${base.sql}) SELECT ${columns} FROM b`
      : `SELECT ${columns} FROM (${base.sql}) b`;
  const page = `${from} ${filter} ORDER BY ${orderBy('b', sort, descending)} LIMIT @limit OFFSET @offset`;
  return {
    sql: statusFirst
      ? page
      : `SELECT p.*, ${rolledUpStatus('p.id')} AS status FROM (${page}) p ORDER BY ${orderBy('p', sort, descending)}`,
    countSql: `SELECT count(*) AS n FROM (${base.sql}) b ${filter}`,
    params,
  };
}

function ownersOf(db: Db, commitmentIds: ReadonlyArray<string>): Map<string, OwnerRecord[]> {
  const rows = cachedStatement(
    db,
    `SELECT ${OWNER_COLUMNS}
     FROM commitment_owners o JOIN units u ON u.id = o.unit_id
     WHERE o.commitment_id IN (SELECT value FROM json_each(?))
     ORDER BY o.created_at, u.name COLLATE NOCASE`,
  ).all(JSON.stringify(commitmentIds)) as OwnerRow[];
  const byCommitment = new Map<string, OwnerRecord[]>();
  for (const owner of rows.map(decodeOwner))
    byCommitment.set(owner.commitmentId, [...(byCommitment.get(owner.commitmentId) ?? []), owner]);
  return byCommitment;
}

type LatestRow = { reported_on: string; unit_name: string; progress_text: string; percent: number | null };

function latestProgress(db: Db, commitmentId: string): LatestProgress | null {
  const row = cachedStatement(
    db,
    `SELECT u.reported_on, un.name AS unit_name, u.progress_text, u.percent
       FROM commitment_owners o
       JOIN commitment_updates u ON u.owner_id = o.id
       JOIN units un ON un.id = o.unit_id
       WHERE o.commitment_id = ?
       ORDER BY u.reported_on DESC, u.created_at DESC LIMIT 1`,
  ).get(commitmentId) as LatestRow | undefined;
  return row
    ? { reportedOn: row.reported_on, unitName: row.unit_name, text: row.progress_text, percent: row.percent }
    : null;
}

function toRow(
  base: ListRow,
  owners: ReadonlyArray<OwnerRecord>,
  latest: LatestProgress | null,
  today: string,
): FollowUpRow {
  const status = asOwnerStatus(base.status);
  const ownerViews: OwnerView[] = owners.map(({ id, unitId, unitName, status: own, reason }) => ({
    id,
    unitId,
    unitName,
    status: own,
    reason,
    overdue: isOverdue(base.due_date, own, today),
  }));
  return {
    id: base.id as CommitmentId,
    text: base.text,
    dueDate: base.due_date,
    programTag: base.program_tag,
    meetingId: base.meeting_id as MeetingId,
    meetingTitle: base.meeting_title,
    meetingDate: base.meeting_date,
    seriesId: base.series_id as SeriesId | null,
    status,
    overdue: isOverdue(base.due_date, status, today),
    owners: ownerViews,
    latest,
  };
}

export function listFollowUps(db: Db, query: FollowUpQuery, today: string): FollowUpPage {
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  if (isOpenByDue(query)) {
    const { rows, next } = openByDue(db, query, today, pageSize);
    const owners = ownersOf(
      db,
      rows.map((row) => row.id),
    );
    return {
      today,
      total: null,
      next,
      page: 1,
      pageSize,
      rows: rows.map((base) => toRow(base, owners.get(base.id) ?? [], latestProgress(db, base.id), today)),
    };
  }
  const { sql, countSql, params } = listSql(query, today);
  // The SQL varies with the filters in use, a small set: each shape is prepared once.
  const bases = cachedStatement(db, sql).all(params) as Array<ListRow & { total: number }>;
  const { limit: _limit, offset: _offset, ...countParams } = params;
  const total = bases[0]?.total ?? (cachedStatement(db, countSql).get(countParams) as { n: number }).n;
  const owners = ownersOf(
    db,
    bases.map((base) => base.id),
  );
  return {
    today,
    total,
    next: null,
    page: query.page ?? 1,
    pageSize: query.pageSize ?? DEFAULT_PAGE_SIZE,
    rows: bases.map((base) => toRow(base, owners.get(base.id) ?? [], latestProgress(db, base.id), today)),
  };
}

type UpdateRow = {
  id: string;
  owner_id: string;
  reported_on: string;
  status: string;
  status_reason: string;
  progress_text: string;
  percent: number | null;
  evidence_json: string;
  meeting_id: string | null;
  meeting_title: string | null;
  created_at: number;
};

export function updatesOf(db: Db, commitmentId: CommitmentId): UpdateView[] {
  const rows = db
    .prepare(
      `SELECT u.id, u.owner_id, u.reported_on, u.status, u.status_reason, u.progress_text, u.percent, u.evidence_json,
         u.meeting_id, m.title AS meeting_title, u.created_at
       FROM commitment_updates u
       JOIN commitment_owners o ON o.id = u.owner_id
       LEFT JOIN meetings m ON m.id = u.meeting_id
       WHERE o.commitment_id = ?
       ORDER BY u.reported_on DESC, u.created_at DESC, u.id`,
    )
    .all(commitmentId) as UpdateRow[];
  return rows.map((row) => ({
    id: row.id as UpdateId,
    ownerId: row.owner_id as OwnerId,
    reportedOn: row.reported_on,
    status: asOwnerStatus(row.status),
    reason: row.status_reason,
    text: row.progress_text,
    percent: row.percent,
    evidence: evidenceViews(row.evidence_json),
    meetingId: row.meeting_id as MeetingId | null,
    meetingTitle: row.meeting_title,
    createdAt: row.created_at,
  }));
}

export function getFollowUp(db: Db, id: CommitmentId, today: string): CommitmentDetail {
  const base = db
    .prepare(
      `SELECT c.id, c.text, c.due_date, c.program_tag, c.meeting_id, m.title AS meeting_title, m.date AS meeting_date,
         m.series_id, ${ROLLED_UP_STATUS} AS status
       FROM commitments c JOIN meetings m ON m.id = c.meeting_id
       WHERE c.id = ? AND c.deleted_at IS NULL AND m.deleted_at IS NULL`,
    )
    .get(id) as ListRow | undefined;
  if (!base) throw new AppError('NOT_FOUND', 'Butir tindak lanjut tidak ditemukan; mungkin sudah dihapus.');
  const row = toRow(base, ownersOf(db, [base.id]).get(base.id) ?? [], latestProgress(db, base.id), today);
  return { ...row, updates: updatesOf(db, id) };
}
