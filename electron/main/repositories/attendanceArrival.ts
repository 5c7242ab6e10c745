import type { Db } from '../db/connection';
import type { MeetingId } from '../../../shared/domain/ids';
import { wallClockIn } from '../../../shared/domain/meetingTiming';

/**
 * The arrival time a row gets when she marks it present: now (in the meeting's zone) on the
 * meeting's own day, none when she marks it beforehand. One rule for "Hadir" on a single row and
 * "Tandai semua hadir" (issue 19).
 */
export function arrivalIfToday(db: Db, meetingId: MeetingId, now: number): string | null {
  const row = db.prepare('SELECT date, time_zone FROM meetings WHERE id = ?').get(meetingId) as
    { date: string; time_zone: string } | undefined;
  if (!row) return null;
  const clock = wallClockIn(row.time_zone, now);
  return clock.slice(0, 10) === row.date ? clock.slice(11) : null;
}
