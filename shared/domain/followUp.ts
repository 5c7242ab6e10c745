import { isCalendarDate } from './calendar';
import { OWNER_STATUSES, type OwnerStatus } from './commitment';
import { todayIn } from './dates';
import { formatOfficialDate } from './officialDates';

/*
 * The rules of follow-up (tindak lanjut), pure so that main, the renderer and the
 * documents agree, and so that the SQL of followUpRepository can be tested against them.
 *
 * Decisions (notula-format.md §5 leaves them open):
 * - An owner is "closed" when SELESAI or TIDAK_DAPAT (the latter always with a reason).
 *   A closed owner is no longer chased: not overdue, not carried over, not reminded.
 * - The commitment's status rolls its owners up: SELESAI only when every owner is
 *   SELESAI; when every owner is closed and at least one could not act, the commitment
 *   is TIDAK_DAPAT (it is finished, but not done, and the report must say so); else
 *   PROSES as soon as one owner has started or finished; else BELUM. A commitment with
 *   no owner yet is BELUM.
 * - Terlambat is computed, never stored: the due date is before today in the instansi's
 *   zone and the status is open (BELUM or PROSES). "Today" changes at midnight WIB,
 *   WITA or WIT, not at midnight UTC or on the laptop's clock.
 */

/** SELESAI and TIDAK_DAPAT: finished, one way or the other. */
const CLOSED_STATUSES: ReadonlyArray<OwnerStatus> = ['SELESAI', 'TIDAK_DAPAT'];

function isClosedStatus(status: OwnerStatus): boolean {
  return CLOSED_STATUSES.includes(status);
}

/** BELUM and PROSES: what is still chased (the SQL filters are generated from this list). */
export const OPEN_STATUSES: ReadonlyArray<OwnerStatus> = OWNER_STATUSES.filter((status) => !isClosedStatus(status));

/*
 * The one word for overdue, on screens (i18n followUp status.TERLAMBAT says the same in
 * Indonesian), in the documents' status cells and in the Laporan's recap.
 */
export const OVERDUE_LABEL = 'Terlambat';

/** How a due date prints in the documents and the letters: "15 Desember 2026", or "-" without one. */
export function dueDateText(dueDate: string | null): string {
  return dueDate === null ? '-' : formatOfficialDate(dueDate);
}

export function rollUpStatus(owners: ReadonlyArray<OwnerStatus>): OwnerStatus {
  if (owners.length === 0) return 'BELUM';
  if (owners.every((status) => status === 'SELESAI')) return 'SELESAI';
  if (owners.every(isClosedStatus)) return 'TIDAK_DAPAT';
  if (owners.some((status) => status === 'PROSES' || status === 'SELESAI')) return 'PROSES';
  return 'BELUM';
}

/** Overdue on `today` ('YYYY-MM-DD' in the instansi's zone). */
export function isOverdue(dueDate: string | null, status: OwnerStatus, today: string): boolean {
  return dueDate !== null && dueDate < today && !isClosedStatus(status);
}

/** Overdue at an instant, with "today" taken in `timeZone`. */
export function isOverdueAt(dueDate: string | null, status: OwnerStatus, timeZone: string, now: Date): boolean {
  return isOverdue(dueDate, status, todayIn(timeZone, now));
}

/** Open and due between today and `days` days from today, both included. */
export function isDueSoon(dueDate: string | null, status: OwnerStatus, today: string, days: number): boolean {
  return dueDate !== null && !isClosedStatus(status) && dueDate >= today && dueDate <= addDays(today, days);
}

/** 'YYYY-MM-DD' plus whole days (negative goes back), on the calendar, without zones. */
export function addDays(isoDate: string, days: number): string {
  if (!isCalendarDate(isoDate)) throw new RangeError(`Tanggal tidak valid: ${isoDate}`);
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The statuses a list can be filtered by: the four stored ones, the computed Terlambat, and TERBUKA (BELUM or PROSES). */
export const FOLLOW_UP_FILTER_STATUSES = ['BELUM', 'PROSES', 'SELESAI', 'TIDAK_DAPAT', 'TERLAMBAT', 'TERBUKA'] as const;
export type FollowUpFilterStatus = (typeof FOLLOW_UP_FILTER_STATUSES)[number];

/** Ready-made due windows of the filter; RENTANG takes her own dates. */
export const DUE_WINDOWS = [
  'SEMUA',
  'LEWAT',
  'PENGINGAT',
  'TUJUH_HARI',
  'TIGA_PULUH_HARI',
  'TANPA',
  'RENTANG',
] as const;
export type DueWindow = (typeof DUE_WINDOWS)[number];

export type DueRange = Readonly<{ dueFrom: string | null; dueTo: string | null; dueNone: boolean }>;

/**
 * The due dates a window covers on `today`. LEWAT ends yesterday (due today is not yet
 * late); the forward windows start today.
 */
export function dueWindowRange(
  window: DueWindow,
  today: string,
  reminderDays: number,
  custom: Partial<DueRange> = {},
): DueRange {
  switch (window) {
    case 'SEMUA':
      return { dueFrom: null, dueTo: null, dueNone: false };
    case 'LEWAT':
      return { dueFrom: null, dueTo: addDays(today, -1), dueNone: false };
    case 'PENGINGAT':
      return { dueFrom: today, dueTo: addDays(today, reminderDays), dueNone: false };
    case 'TUJUH_HARI':
      return { dueFrom: today, dueTo: addDays(today, 7), dueNone: false };
    case 'TIGA_PULUH_HARI':
      return { dueFrom: today, dueTo: addDays(today, 30), dueNone: false };
    case 'TANPA':
      return { dueFrom: null, dueTo: null, dueNone: true };
    case 'RENTANG':
      return { dueFrom: custom.dueFrom ?? null, dueTo: custom.dueTo ?? null, dueNone: false };
  }
}

/** Whether a row shows under a status filter: Terlambat is open and past due. */
export function matchesStatusFilter(
  filter: FollowUpFilterStatus,
  status: OwnerStatus,
  dueDate: string | null,
  today: string,
): boolean {
  if (filter === 'TERLAMBAT') return isOverdue(dueDate, status, today);
  if (filter === 'TERBUKA') return !isClosedStatus(status);
  return status === filter;
}

/** Days before the due date that reminders start; a setting (Pengaturan > Pengingat). */
export const DEFAULT_REMINDER_DAYS = 7;
export const MAX_REMINDER_DAYS = 60;

/**
 * Why a progress report's date cannot be true, or null. The newest report decides the
 * owner's status, so a report dated in the future would outrank every real one; and no
 * one reports on a commitment before the meeting that made it. `today` is the instansi's
 * day (WIB, WITA or WIT). Used by the form, by addUpdate and by the OPD-form import.
 */
export function reportDateProblem(reportedOn: string, meetingDate: string, today: string): string | null {
  if (!isCalendarDate(reportedOn)) return `Tanggal laporan "${reportedOn}" tidak valid.`;
  if (reportedOn > today) {
    const latest = formatOfficialDate(today);
    return `Tanggal laporan ${formatOfficialDate(reportedOn)} belum tiba: laporan paling lambat bertanggal hari ini, ${latest}.`;
  }
  if (reportedOn < meetingDate) {
    const meeting = formatOfficialDate(meetingDate);
    return `Tanggal laporan ${formatOfficialDate(reportedOn)} lebih awal dari rapat yang menetapkan tindak lanjut ini (${meeting}).`;
  }
  return null;
}
