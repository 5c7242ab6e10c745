import dayjs from 'dayjs';
import 'dayjs/locale/id';

/**
 * Dates as Indonesian official writing wants them (PUEBI): "Jumat, 27 November 2026".
 * The day name is always computed from the date, never stored.
 */
export function formatLongDate(isoDate: string, language: 'id' | 'en' = 'id'): string {
  return dayjs(isoDate).locale(language).format('dddd, D MMMM YYYY');
}

/** Today's calendar date in an IANA zone, 'YYYY-MM-DD' (the zone decides when a day ends). */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
  return parts;
}
