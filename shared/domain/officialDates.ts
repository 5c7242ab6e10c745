import { isCalendarDate, isWallClockTime } from './calendar';
import { TIME_ZONES, type IndonesianTimeZone } from './instansi';

/*
 * Dates and times as official Indonesian writing (PUEBI) wants them, notula-format.md §6.
 * Own name tables instead of Intl/dayjs locales, so a document never depends on the ICU
 * version of the machine that prints it.
 */
const DAY_NAMES = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;
const MONTH_NAMES = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

type CalendarParts = Readonly<{ year: number; month: number; day: number }>;

function calendarParts(isoDate: string): CalendarParts {
  if (!isCalendarDate(isoDate)) throw new RangeError(`Tanggal tidak valid: ${isoDate}`);
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/** Day name computed from the date, never typed: '2026-11-27' is a Jumat. */
export function dayNameOf(isoDate: string): string {
  const { year, month, day } = calendarParts(isoDate);
  return DAY_NAMES[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] as string;
}

/** '27 November 2026': no leading zero, month in full (table cells, place-and-date line). */
export function formatOfficialDate(isoDate: string): string {
  const { year, month, day } = calendarParts(isoDate);
  return `${day} ${MONTH_NAMES[month - 1]} ${year}`;
}

/** 'Jumat, 27 November 2026' (the Hari/Tanggal row). */
export function formatOfficialLongDate(isoDate: string): string {
  return `${dayNameOf(isoDate)}, ${formatOfficialDate(isoDate)}`;
}

/** 'WIB', 'WITA' or 'WIT' for a stored IANA zone. */
export function zoneAbbreviation(timeZone: IndonesianTimeZone): string {
  return TIME_ZONES[timeZone];
}

/** '09:00' -> '09.00': 24-hour clock with the PUEBI full stop. */
export function formatClock(wallClock: string): string {
  if (!isWallClockTime(wallClock)) throw new RangeError(`Jam tidak valid: ${wallClock}`);
  return wallClock.replace(':', '.');
}

/** 'pukul 08.30 WIB'. */
export function formatTimeAt(wallClock: string, timeZone: IndonesianTimeZone): string {
  return `pukul ${formatClock(wallClock)} ${zoneAbbreviation(timeZone)}`;
}

/**
 * 'pukul 09.00 s.d. 11.45 WIB' (zone once, at the end), or 'pukul 09.00 WIB s.d. selesai'
 * when the end is open. Null when the start is unknown.
 */
export function formatTimeRange(start: string | null, end: string | null, timeZone: IndonesianTimeZone): string | null {
  if (start === null) return null;
  if (end === null) return `${formatTimeAt(start, timeZone)} s.d. selesai`;
  return `pukul ${formatClock(start)} s.d. ${formatClock(end)} ${zoneAbbreviation(timeZone)}`;
}
