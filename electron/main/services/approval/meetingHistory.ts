import type { HistoryEntry, MeetingHistory } from '../../../../shared/domain/history';
import type { MeetingId } from '../../../../shared/domain/ids';
import type { Db } from '../../db/connection';
import { getWorkflowMeeting } from '../../repositories/approvalRepository';
import { historyNames, listMeetingAudit } from '../../repositories/historyRepository';
import { describeLine, toEntry } from './historyLines';

/** Saves of one section by one person less than this apart read as one stretch of typing. */
const TYPING_GAP_MS = 15 * 60_000;

function continues(previous: HistoryEntry, next: HistoryEntry, entityOf: ReadonlyMap<number, string>): boolean {
  return (
    previous.subject === 'minute_section' &&
    next.subject === 'minute_section' &&
    previous.actor === next.actor &&
    entityOf.get(previous.seq) === entityOf.get(next.seq) &&
    next.at - (previous.until ?? previous.at) <= TYPING_GAP_MS
  );
}

/**
 * The Riwayat of a meeting: every change to it, its attendance, agenda, minutes,
 * decisions, commitments and its approval steps, newest first. Autosaves of a
 * section in one sitting become one line ("12 kali disimpan").
 */
export function meetingHistory(db: Db, meetingId: MeetingId, limit: number): MeetingHistory {
  getWorkflowMeeting(db, meetingId);
  const names = historyNames(db, meetingId);
  const titles = new Map<string, string>();
  const entityOf = new Map<number, string>();
  const entries: HistoryEntry[] = [];
  for (const line of listMeetingAudit(db, meetingId)) {
    const described = describeLine(line, names, titles);
    if (described === null) continue;
    const entry = toEntry(line, described);
    entityOf.set(entry.seq, line.entityId);
    const previous = entries.at(-1);
    if (previous && continues(previous, entry, entityOf)) {
      const after = entry.changes[0]?.after ?? null;
      entries[entries.length - 1] = {
        ...previous,
        until: entry.at,
        count: previous.count + 1,
        changes: previous.changes.map((change) => ({ ...change, after })),
      };
      continue;
    }
    entries.push(entry);
  }
  const newestFirst = entries.reverse();
  return { meetingId, entries: newestFirst.slice(0, limit), total: newestFirst.length };
}
