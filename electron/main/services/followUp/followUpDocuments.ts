import { isOverdue } from '../../../../shared/domain/followUp';
import type { FollowUpDocItem } from '../../../../shared/document/followUpDocParts';
import type { OwnerLine } from '../../repositories/opdRequestRepository';

/** Groups owner lines (in commitment order) into the document items, one per commitment. */
export function docItems(lines: ReadonlyArray<OwnerLine>, today: string): FollowUpDocItem[] {
  const items = new Map<string, { item: FollowUpDocItem; owners: FollowUpDocItem['owners'][number][] }>();
  for (const line of lines) {
    let entry = items.get(line.commitmentId);
    if (!entry) {
      const owners: FollowUpDocItem['owners'][number][] = [];
      entry = {
        item: {
          text: line.text,
          meetingTitle: line.meetingTitle,
          meetingDate: line.meetingDate,
          dueDate: line.dueDate,
          owners,
        },
        owners,
      };
      items.set(line.commitmentId, entry);
    }
    entry.owners.push({
      unit: line.unitName,
      status: line.status,
      reason: line.reason,
      progress: line.progress,
      percent: line.percent,
      evidence: line.evidence,
      overdue: isOverdue(line.dueDate, line.status, today),
    });
  }
  return [...items.values()].map((entry) => entry.item);
}

/** A file name without characters Windows refuses. */
export function safeFileName(stem: string): string {
  return stem
    .replace(/[\\/:*?"<>|]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 150);
}
