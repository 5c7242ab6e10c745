import { TIME_ZONES } from '../../../../shared/domain/instansi';

/*
 * Indonesia's zones keep one offset all year (no daylight saving), so a wall-clock day
 * and time in the meeting's zone converts to an instant with a fixed number of hours.
 */
const OFFSET_HOURS: Readonly<Record<keyof typeof TIME_ZONES, number>> = {
  'Asia/Jakarta': 7,
  'Asia/Pontianak': 7,
  'Asia/Makassar': 8,
  'Asia/Jayapura': 9,
};

function offsetOf(timeZone: string): number {
  return Object.hasOwn(OFFSET_HOURS, timeZone) ? OFFSET_HOURS[timeZone as keyof typeof OFFSET_HOURS] : 7;
}

/** The day ('YYYY-MM-DD') and time ('HH:mm') an instant shows in the zone. */
export function wallClockAt(timeZone: string, at: number): { date: string; time: string } {
  const iso = new Date(at + offsetOf(timeZone) * 3_600_000).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** The instant of a day and time in the zone (the start of the day when no time is given). */
export function instantOf(timeZone: string, date: string, time: string | null): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = (time ?? '00:00').split(':').map(Number) as [number, number];
  return Date.UTC(year, month - 1, day, hours, minutes) - offsetOf(timeZone) * 3_600_000;
}
