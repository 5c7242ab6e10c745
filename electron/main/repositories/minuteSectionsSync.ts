import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import type { MeetingId } from '../../../shared/domain/ids';
import type { SectionKind } from '../../../shared/domain/minutes';
import { recordAudit } from './auditRepository';
import type { WriteContext } from './writeContext';

/*
 * The minutes' sections follow the meeting's agenda. They are made when the meeting is
 * created and realigned by every write that changes the agenda (add, remove, reorder,
 * template), in that write's transaction, so reading the minutes (minutes:get) never
 * writes (issue 14: a read channel ran on the read-only connection and failed).
 * Migration 0007 aligns the meetings of older files once.
 */

type AlignRow = {
  id: string;
  kind: string;
  agenda_item_id: string | null;
  position: number;
  content_text: string;
  revision: number;
};

const SELECT_ALIGN = `SELECT id, kind, agenda_item_id, position, content_text, revision
  FROM minute_sections WHERE meeting_id = ? ORDER BY position, created_at`;

type Operation = 'create' | 'update' | 'delete';

function audit(
  db: Db,
  ctx: WriteContext,
  section: { id: string; meetingId: string },
  operation: Operation,
  before: unknown,
  after: unknown,
) {
  const { id: entityId, meetingId } = section;
  recordAudit(db, {
    at: ctx.now,
    actor: ctx.actor,
    entity: 'minute_section',
    entityId,
    meetingId,
    operation,
    before,
    after,
  });
}

function insertSection(
  db: Db,
  meetingId: MeetingId,
  kind: SectionKind,
  agendaItemId: string | null,
  ctx: WriteContext,
): void {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO minute_sections (id, meeting_id, kind, agenda_item_id, position, created_at, updated_at)
     VALUES (?, ?, ?, ?, -1, ?, ?)`,
  ).run(id, meetingId, kind, agendaItemId, ctx.now, ctx.now);
  audit(db, ctx, { id, meetingId }, 'create', undefined, { kind, agendaItemId });
}

/**
 * Brings the sections in line with the agenda, inside the caller's transaction: the fixed
 * three exist, every agenda item has its Pembahasan, and positions follow the print order.
 * A Pembahasan whose agenda item was removed keeps its words (it stays, after the others)
 * unless it is empty.
 */
export function alignSections(db: Db, meetingId: MeetingId, ctx: WriteContext): void {
  const rows = db.prepare(SELECT_ALIGN).all(meetingId) as AlignRow[];
  const agenda = db
    .prepare('SELECT id FROM agenda_items WHERE meeting_id = ? ORDER BY position, created_at')
    .all(meetingId) as Array<{ id: string }>;
  const kinds = new Set(rows.map((row) => row.kind));
  const covered = new Set(rows.map((row) => row.agenda_item_id).filter((id) => id !== null));

  for (const kind of ['OPENING', 'CONCLUSION', 'CLOSING'] as const) {
    if (!kinds.has(kind)) insertSection(db, meetingId, kind, null, ctx);
  }
  for (const item of agenda) {
    if (!covered.has(item.id)) insertSection(db, meetingId, 'DISCUSSION', item.id, ctx);
  }
  for (const row of rows) {
    if (row.kind === 'DISCUSSION' && row.agenda_item_id === null && row.content_text === '' && row.revision === 0) {
      db.prepare('DELETE FROM minute_sections WHERE id = ?').run(row.id);
      audit(db, ctx, { id: row.id, meetingId }, 'delete', { kind: row.kind }, undefined);
    }
  }

  const current = db.prepare(SELECT_ALIGN).all(meetingId) as AlignRow[];
  const itemOrder = new Map(agenda.map((item, index) => [item.id, index]));
  const rank = (row: AlignRow): number => {
    if (row.kind === 'OPENING') return 0;
    if (row.kind === 'DISCUSSION') {
      return row.agenda_item_id !== null ? 1 + (itemOrder.get(row.agenda_item_id) ?? 0) : 10_000 + row.position;
    }
    return row.kind === 'CONCLUSION' ? 1_000_000 : 1_000_001;
  };
  const ordered = [...current].sort((a, b) => rank(a) - rank(b));
  const move = db.prepare('UPDATE minute_sections SET position = ? WHERE id = ?');
  ordered.forEach((row, index) => {
    if (row.position === index) return;
    move.run(index, row.id);
    // A new section was audited on insert; only real moves are worth a line.
    if (row.position >= 0)
      audit(db, ctx, { id: row.id, meetingId }, 'update', { position: row.position }, { position: index });
  });
}
