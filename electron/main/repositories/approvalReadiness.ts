import type { Db } from '../db/connection';
import type { ApprovalGap } from '../../../shared/domain/approval';
import type { MeetingId, SectionId } from '../../../shared/domain/ids';

/*
 * What the Notula lacks before it may be submitted or approved (issue 14), read from
 * the meeting, its agenda and its sections. Submission and approval both refuse while
 * a gap that blocks them is open; the renderer lists the same gaps with a way to fix each.
 */

type MeetingFacts = {
  date: string;
  start_time: string | null;
  end_time: string | null;
  chair_person_id: string | null;
};
type SectionFacts = {
  id: string;
  kind: string;
  agenda_item_id: string | null;
  title: string | null;
  content_text: string;
};

type GapSection = { id: string; title: string | null };

const gap = (
  kind: ApprovalGap['kind'],
  blocks: ApprovalGap['blocks'] = 'submit',
  section?: GapSection,
): ApprovalGap => ({
  kind,
  blocks,
  agendaTitle: section?.title ?? null,
  sectionId: (section?.id ?? null) as SectionId | null,
});

const blank = (text: string | null | undefined): boolean => (text ?? '').trim() === '';

/** Every gap of the meeting, in the order of the Notula's parts; empty when it is complete. */
export function approvalGaps(db: Db, meetingId: MeetingId): ApprovalGap[] {
  const meeting = db
    .prepare('SELECT date, start_time, end_time, chair_person_id FROM meetings WHERE id = ?')
    .get(meetingId) as MeetingFacts | undefined;
  if (!meeting) return [];
  const gaps: ApprovalGap[] = [];
  if (meeting.chair_person_id === null) gaps.push(gap('CHAIR'));
  if (blank(meeting.date)) gaps.push(gap('DATE'));
  if (blank(meeting.start_time)) gaps.push(gap('START_TIME'));
  if (blank(meeting.end_time)) gaps.push(gap('END_TIME', 'approve'));

  const agendaCount = db.prepare('SELECT count(*) AS n FROM agenda_items WHERE meeting_id = ?').get(meetingId) as {
    n: number;
  };
  if (agendaCount.n === 0) gaps.push(gap('AGENDA'));
  const sections = db
    .prepare(
      `SELECT s.id, s.kind, s.agenda_item_id, a.title, s.content_text
       FROM minute_sections s LEFT JOIN agenda_items a ON a.id = s.agenda_item_id
       WHERE s.meeting_id = ? ORDER BY s.position`,
    )
    .all(meetingId) as SectionFacts[];
  const opening = sections.find((section) => section.kind === 'OPENING');
  if (!opening || blank(opening.content_text))
    gaps.push(gap('OPENING', 'submit', opening && { id: opening.id, title: null }));
  for (const section of sections) {
    // A Pembahasan whose agenda item was removed is optional: its words print, its absence does not.
    if (section.kind === 'DISCUSSION' && section.agenda_item_id !== null && blank(section.content_text)) {
      gaps.push(gap('DISCUSSION', 'submit', { id: section.id, title: section.title }));
    }
  }
  // Keputusan/Kesimpulan: the conclusion's words or at least one recorded decision.
  const conclusion = sections.find((section) => section.kind === 'CONCLUSION');
  const decisions = db
    .prepare('SELECT count(*) AS n FROM decisions WHERE meeting_id = ? AND deleted_at IS NULL')
    .get(meetingId) as {
    n: number;
  };
  if ((!conclusion || blank(conclusion.content_text)) && decisions.n === 0) {
    gaps.push(gap('CONCLUSION', 'submit', conclusion && { id: conclusion.id, title: null }));
  }
  return gaps;
}
