import type { MeetingSummary } from './meeting';

type Timed = Pick<MeetingSummary, 'date' | 'startTime' | 'timeZone' | 'status'>;

/** 'YYYY-MM-DD HH:MM' of an instant in an IANA zone: compared as text with a meeting's date and start. */
export function wallClockIn(timeZone: string, now: number): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(now));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

/**
 * Whether the meeting has been held: minutes submitted, returned or approved say so whatever the
 * clock; a draft once its start (date and time in the meeting's own zone) has passed, and a draft
 * without a start time once its day is over (on the day itself it may still be ahead).
 */
function meetingHeld(meeting: Timed, now: number): boolean {
  if (meeting.status !== 'DRAF') return true;
  const clock = wallClockIn(meeting.timeZone, now);
  if (meeting.startTime === null) return meeting.date < clock.slice(0, 10);
  return `${meeting.date} ${meeting.startTime}` <= clock;
}

/** Beranda's two lists: upcoming soonest first, recent (held or approved) newest first. */
export function splitMeetings<M extends Timed>(meetings: ReadonlyArray<M>, now: number, limit: number) {
  const key = (m: M) => `${m.date} ${m.startTime ?? '99:99'}`;
  const upcoming = meetings.filter((m) => !meetingHeld(m, now)).sort((a, b) => key(a).localeCompare(key(b)));
  const recent = meetings.filter((m) => meetingHeld(m, now)).sort((a, b) => key(b).localeCompare(key(a)));
  return { upcoming: upcoming.slice(0, limit), recent: recent.slice(0, limit) };
}
