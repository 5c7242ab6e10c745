/*
 * Turns a Batas Waktu typed the way it is said in a rakor ("2 pekan", "akhir
 * Desember", "30/12") into a calendar date, counted from the meeting date, not
 * from today: minutes typed up the day after still mean "two weeks from the
 * meeting". Pure and zone-free: dates are 'YYYY-MM-DD' and arithmetic runs on
 * UTC midnights, so no clock or time zone can shift a day.
 */
import { isCalendarDate } from './calendar';

export type DueDateFailure = 'EMPTY' | 'UNKNOWN' | 'INVALID_DATE' | 'BEFORE_MEETING';

export type DueDateResult = Readonly<{ ok: true; date: string }> | Readonly<{ ok: false; reason: DueDateFailure }>;

const MONTHS: Readonly<Record<string, number>> = {
  januari: 1,
  january: 1,
  jan: 1,
  februari: 2,
  pebruari: 2,
  february: 2,
  feb: 2,
  peb: 2,
  maret: 3,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  june: 6,
  jun: 6,
  juli: 7,
  july: 7,
  jul: 7,
  agustus: 8,
  august: 8,
  agu: 8,
  agt: 8,
  ags: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  october: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nopember: 11,
  nov: 11,
  nop: 11,
  desember: 12,
  december: 12,
  des: 12,
  dec: 12,
};

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  se: 1,
  satu: 1,
  one: 1,
  a: 1,
  an: 1,
  dua: 2,
  two: 2,
  tiga: 3,
  three: 3,
  empat: 4,
  four: 4,
  lima: 5,
  five: 5,
  enam: 6,
  six: 6,
  tujuh: 7,
  seven: 7,
  delapan: 8,
  eight: 8,
  sembilan: 9,
  nine: 9,
  sepuluh: 10,
  ten: 10,
  sebelas: 11,
  eleven: 11,
  'dua belas': 12,
  twelve: 12,
};

type Unit = 'day' | 'week' | 'month' | 'year';
const UNITS: Readonly<Record<string, Unit>> = {
  hari: 'day',
  day: 'day',
  days: 'day',
  pekan: 'week',
  minggu: 'week',
  week: 'week',
  weeks: 'week',
  bulan: 'month',
  month: 'month',
  months: 'month',
  tahun: 'year',
  year: 'year',
  years: 'year',
};

type Ymd = Readonly<{ y: number; m: number; d: number }>;

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function parseIso(value: string): Ymd | null {
  if (!isCalendarDate(value)) return null;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  // The year range is this parser's own: a due date far outside it is a typing slip.
  return valid(y, m, d) ? { y, m, d } : null;
}

function valid(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 2999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function format({ y, m, d }: Ymd): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function addDays(date: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** 31 January + 1 month = 28/29 February: the month's last day, never a day of March. */
function addMonths(date: Ymd, months: number): Ymd {
  const index = date.y * 12 + (date.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}

function add(date: Ymd, amount: number, unit: Unit): Ymd {
  switch (unit) {
    case 'day':
      return addDays(date, amount);
    case 'week':
      return addDays(date, amount * 7);
    case 'month':
      return addMonths(date, amount);
    case 'year':
      return addMonths(date, amount * 12);
  }
}

function compare(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** A day and month without a year: the first one on or after the meeting. */
function nextOccurrence(meeting: Ymd, m: number, d: number | 'end' | 'mid' | 'start'): Ymd | null {
  for (const y of [meeting.y, meeting.y + 1]) {
    const day = d === 'end' ? daysInMonth(y, m) : d === 'mid' ? 15 : d === 'start' ? 1 : d;
    if (!valid(y, m, day)) continue;
    const candidate = { y, m, d: day };
    if (compare(candidate, meeting) >= 0) return candidate;
  }
  return null;
}

function normalise(input: string): string {
  return input
    .toLowerCase()
    .replace(/[,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.$/, '')
    .replace(/^(paling lambat|selambat-lambatnya|dalam waktu|dalam|tanggal|tgl\.?|sebelum|within|in|by|before)\s+/, '')
    .replace(/\s+(lagi|ke depan|kedepan|setelah rapat|sejak rapat|from now|later|after the meeting)$/, '')
    .trim();
}

function amount(word: string): number | null {
  if (/^\d{1,3}$/.test(word)) return Number(word);
  return NUMBER_WORDS[word] ?? null;
}

type Parsed = Readonly<{ date: Ymd | null; explicitYear: boolean }> | null;

function parseRelative(text: string, meeting: Ymd): Parsed {
  const fixed: Readonly<Record<string, Ymd>> = {
    'hari ini': meeting,
    today: meeting,
    besok: addDays(meeting, 1),
    tomorrow: addDays(meeting, 1),
    lusa: addDays(meeting, 2),
    'pekan depan': addDays(meeting, 7),
    'minggu depan': addDays(meeting, 7),
    'next week': addDays(meeting, 7),
    'bulan depan': addMonths(meeting, 1),
    'next month': addMonths(meeting, 1),
    'akhir bulan': { ...meeting, d: daysInMonth(meeting.y, meeting.m) },
    'akhir bulan ini': { ...meeting, d: daysInMonth(meeting.y, meeting.m) },
    'end of the month': { ...meeting, d: daysInMonth(meeting.y, meeting.m) },
    'end of month': { ...meeting, d: daysInMonth(meeting.y, meeting.m) },
    'akhir bulan depan': endOfMonth(addMonths({ ...meeting, d: 1 }, 1)),
    'end of next month': endOfMonth(addMonths({ ...meeting, d: 1 }, 1)),
    'awal bulan depan': addMonths({ ...meeting, d: 1 }, 1),
    'akhir tahun': { y: meeting.y, m: 12, d: 31 },
    'akhir tahun ini': { y: meeting.y, m: 12, d: 31 },
    'end of the year': { y: meeting.y, m: 12, d: 31 },
    'end of year': { y: meeting.y, m: 12, d: 31 },
  };
  const hit = fixed[text];
  if (hit) return { date: hit, explicitYear: false };

  // "2 pekan", "dua minggu", "sepekan", "3 days", "a month"
  const joined = /^se(hari|pekan|minggu|bulan|tahun)$/.exec(text);
  const spaced = /^(\d{1,3}|[a-z]+(?: belas)?)\s?(hari|pekan|minggu|bulan|tahun|days?|weeks?|months?|years?)$/.exec(
    text,
  );
  const [count, unitWord] = joined ? [1, joined[1]] : spaced ? [amount(spaced[1] ?? ''), spaced[2]] : [null, undefined];
  const unit = unitWord ? UNITS[unitWord] : undefined;
  if (count !== null && count !== undefined && unit) return { date: add(meeting, count, unit), explicitYear: false };
  return null;
}

function endOfMonth(date: Ymd): Ymd {
  return { ...date, d: daysInMonth(date.y, date.m) };
}

function parseNamedMonth(text: string, meeting: Ymd): Parsed {
  // "akhir Desember", "pertengahan Januari 2027", "end of December", "awal Maret"
  const part = /^(akhir|end of|pertengahan|mid|awal|early|start of)\s+([a-z]+)(?:\s+(\d{4}))?$/.exec(text);
  if (part) {
    const m = MONTHS[part[2] ?? ''];
    if (!m) return null;
    const which =
      part[1] === 'akhir' || part[1] === 'end of'
        ? 'end'
        : part[1] === 'pertengahan' || part[1] === 'mid'
          ? 'mid'
          : 'start';
    if (part[3]) {
      const y = Number(part[3]);
      const d = which === 'end' ? daysInMonth(y, m) : which === 'mid' ? 15 : 1;
      return { date: { y, m, d }, explicitYear: true };
    }
    return { date: nextOccurrence(meeting, m, which), explicitYear: false };
  }
  // "30 Desember", "30 des 2026", "December 30", "december 30 2026"
  const dayFirst = /^(\d{1,2})\s+([a-z]+)(?:\s+(\d{4}))?$/.exec(text);
  const monthFirst = /^([a-z]+)\s+(\d{1,2})(?:\s+(\d{4}))?$/.exec(text);
  const [dayText, monthText, yearText] = dayFirst
    ? [dayFirst[1], dayFirst[2], dayFirst[3]]
    : monthFirst
      ? [monthFirst[2], monthFirst[1], monthFirst[3]]
      : [undefined, undefined, undefined];
  if (dayText === undefined || monthText === undefined) return null;
  const m = MONTHS[monthText];
  if (!m) return null;
  return dated(Number(dayText), m, yearText, meeting);
}

function dated(d: number, m: number, yearText: string | undefined, meeting: Ymd): Parsed {
  if (yearText !== undefined) {
    const y = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
    return { date: valid(y, m, d) ? { y, m, d } : null, explicitYear: true };
  }
  if (m < 1 || m > 12 || d < 1 || d > 31) return { date: null, explicitYear: false };
  return { date: nextOccurrence(meeting, m, d), explicitYear: false };
}

function parseNumeric(text: string, meeting: Ymd): Parsed {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    return { date: valid(y, m, d) ? { y, m, d } : null, explicitYear: true };
  }
  // Day first, as Indonesians write it: 30/12, 30-12-2026, 30.12.26
  const dmy = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?$/.exec(text);
  if (!dmy) return null;
  return dated(Number(dmy[1]), Number(dmy[2]), dmy[3], meeting);
}

/**
 * "2 pekan", "1 bulan", "3 hari", "besok", "lusa", "akhir bulan", "akhir Desember",
 * "30/12", "30 Desember", "2026-12-30" (and English equivalents) relative to the
 * meeting date. A day and month without a year means the next one on or after
 * the meeting; a date before the meeting is refused.
 */
export function resolveDueDate(input: string, meetingDate: string): DueDateResult {
  const meeting = parseIso(meetingDate);
  if (!meeting) return { ok: false, reason: 'INVALID_DATE' };
  const text = normalise(input);
  if (text === '') return { ok: false, reason: 'EMPTY' };
  const parsed = parseRelative(text, meeting) ?? parseNumeric(text, meeting) ?? parseNamedMonth(text, meeting);
  if (parsed === null) return { ok: false, reason: 'UNKNOWN' };
  if (parsed.date === null) return { ok: false, reason: 'INVALID_DATE' };
  if (compare(parsed.date, meeting) < 0) return { ok: false, reason: 'BEFORE_MEETING' };
  return { ok: true, date: format(parsed.date) };
}
