import type { Db } from '../db/connection';
import type { MeetingId } from '../../../shared/domain/ids';
import { cachedStatement } from './statementCache';

/**
 * The position after the last row of one meeting's list (attendance, decisions, commitments).
 * Soft-deleted rows keep theirs, so a "Batalkan" puts a row back where it was.
 */
export function nextPosition(db: Db, table: 'attendance' | 'decisions' | 'commitments', meetingId: MeetingId): number {
  const sql = `SELECT coalesce(max(position), 0) + 1 AS n FROM ${table} WHERE meeting_id = ?`;
  return (cachedStatement(db, sql).get(meetingId) as { n: number }).n;
}
