import {
  DUE_WINDOWS,
  dueWindowRange,
  FOLLOW_UP_FILTER_STATUSES,
  type DueWindow,
  type FollowUpFilterStatus,
} from '../../../../shared/domain/followUp';
import { FOLLOW_UP_SORTS, type FollowUpQuery, type FollowUpSort } from '../../../../shared/domain/followUpViews';
import { isCalendarDate } from '../../../../shared/domain/calendar';
import type { MeetingId, SeriesId, UnitId } from '../../../../shared/domain/ids';

/*
 * The page's filters live in the address (#/tindak-lanjut?opd=…&status=TERLAMBAT), so
 * Beranda and the reminders can link straight to a filtered view and a reload keeps it.
 */
export type FollowUpFilters = Readonly<{
  unitId: UnitId | null;
  status: FollowUpFilterStatus | null;
  window: DueWindow;
  dueFrom: string | null;
  dueTo: string | null;
  meetingId: MeetingId | null;
  seriesId: SeriesId | null;
  programTag: string | null;
  sort: FollowUpSort;
  descending: boolean;
  page: number;
}>;

export const PAGE_SIZE = 25;

/** `status=SEMUA`: every status; without a status the page shows the open ones. */
const ALL = 'SEMUA';

const UUID = /^[0-9a-f-]{36}$/i;

function oneOf<T extends string>(values: ReadonlyArray<T>, value: string | null): T | null {
  return value !== null && (values as ReadonlyArray<string>).includes(value) ? (value as T) : null;
}

export function filtersFrom(params: URLSearchParams): FollowUpFilters {
  const id = (key: string) => {
    const value = params.get(key);
    return value !== null && UUID.test(value) ? value : null;
  };
  const date = (key: string) => {
    const value = params.get(key);
    return value !== null && isCalendarDate(value) ? value : null;
  };
  const page = Number(params.get('hal') ?? '1');
  return {
    unitId: id('opd') as UnitId | null,
    // The page opens on what is open (late first): "all" is asked for by name.
    status: params.get('status') === ALL ? null : (oneOf(FOLLOW_UP_FILTER_STATUSES, params.get('status')) ?? 'TERBUKA'),
    window: oneOf(DUE_WINDOWS, params.get('batas')) ?? 'SEMUA',
    dueFrom: date('dari'),
    dueTo: date('sampai'),
    meetingId: id('rapat') as MeetingId | null,
    seriesId: id('berkala') as SeriesId | null,
    programTag: params.get('tag') || null,
    sort: oneOf(FOLLOW_UP_SORTS, params.get('urut')) ?? 'BATAS_WAKTU',
    descending: params.get('turun') === '1',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function paramsFrom(filters: FollowUpFilters): Record<string, string> {
  const entries: Array<[string, string | null]> = [
    ['opd', filters.unitId],
    ['status', filters.status === null ? ALL : filters.status === 'TERBUKA' ? null : filters.status],
    ['batas', filters.window === 'SEMUA' ? null : filters.window],
    ['dari', filters.window === 'RENTANG' ? filters.dueFrom : null],
    ['sampai', filters.window === 'RENTANG' ? filters.dueTo : null],
    ['rapat', filters.meetingId],
    ['berkala', filters.seriesId],
    ['tag', filters.programTag],
    ['urut', filters.sort === 'BATAS_WAKTU' ? null : filters.sort],
    ['turun', filters.descending ? '1' : null],
    ['hal', filters.page > 1 ? String(filters.page) : null],
  ];
  return Object.fromEntries(entries.filter((entry): entry is [string, string] => entry[1] !== null));
}

export function isFiltered(filters: FollowUpFilters): boolean {
  return Boolean(
    filters.unitId ||
    filters.status !== 'TERBUKA' ||
    filters.window !== 'SEMUA' ||
    filters.meetingId ||
    filters.seriesId ||
    filters.programTag,
  );
}

/** What main is asked for; due windows turn into dates on the instansi's today. */
export function queryFrom(filters: FollowUpFilters, today: string, reminderDays: number): FollowUpQuery {
  const range = dueWindowRange(filters.window, today, reminderDays, { dueFrom: filters.dueFrom, dueTo: filters.dueTo });
  const query: Record<string, unknown> = {
    sort: filters.sort,
    descending: filters.descending,
    page: filters.page,
    pageSize: PAGE_SIZE,
  };
  if (filters.unitId) query['unitId'] = filters.unitId;
  if (filters.status) query['status'] = filters.status;
  if (range.dueFrom) query['dueFrom'] = range.dueFrom;
  if (range.dueTo) query['dueTo'] = range.dueTo;
  if (range.dueNone) query['dueNone'] = true;
  if (filters.meetingId) query['meetingId'] = filters.meetingId;
  if (filters.seriesId) query['seriesId'] = filters.seriesId;
  if (filters.programTag) query['programTag'] = filters.programTag;
  return query as FollowUpQuery;
}
