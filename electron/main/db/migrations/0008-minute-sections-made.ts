import { randomUUID } from 'node:crypto';
import type { Migration } from './index';

/*
 * Reading the minutes no longer writes (issue 14): a meeting's sections are made with the
 * meeting and follow each agenda change (repositories/minuteSectionsSync.ts). Older files
 * have meetings whose sections were never made (never opened in "Berlangsung") or lag an
 * agenda change made since; this aligns them once, so those meetings read as before.
 * Approved meetings are left as they are: their Notula was read as it stood.
 *
 * A shipped migration never follows live code, so the alignment is a frozen copy of
 * minuteSectionsSync.alignSections as it was when this migration was written, with the
 * audit rows written here too.
 */

type Db = Parameters<Migration['up']>[0];
type AlignRow = {
  id: string;
  kind: string;
  agenda_item_id: string | null;
  position: number;
  content_text: string;
  revision: number;
};

const ACTOR = 'pembaruan aplikasi';
const SELECT_ALIGN = `SELECT id, kind, agenda_item_id, position, content_text, revision
  FROM minute_sections WHERE meeting_id = ? ORDER BY position, created_at`;

function audit(
  db: Db,
  now: number,
  entityId: string,
  meetingId: string,
  operation: string,
  before: unknown,
  after: unknown,
): void {
  db.prepare(
    `INSERT INTO audit_log (at, actor, entity, entity_id, meeting_id, operation, before_json, after_json)
     VALUES (?, ?, 'minute_section', ?, ?, ?, ?, ?)`,
  ).run(
    now,
    ACTOR,
    entityId,
    meetingId,
    operation,
    before === undefined ? null : JSON.stringify(before),
    after === undefined ? null : JSON.stringify(after),
  );
}

function insertSection(db: Db, now: number, meetingId: string, kind: string, agendaItemId: string | null): void {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO minute_sections (id, meeting_id, kind, agenda_item_id, position, created_at, updated_at)
     VALUES (?, ?, ?, ?, -1, ?, ?)`,
  ).run(id, meetingId, kind, agendaItemId, now, now);
  audit(db, now, id, meetingId, 'create', undefined, { kind, agendaItemId });
}

function align(db: Db, now: number, meetingId: string): void {
  const rows = db.prepare(SELECT_ALIGN).all(meetingId) as AlignRow[];
  const agenda = db
    .prepare('SELECT id FROM agenda_items WHERE meeting_id = ? ORDER BY position, created_at')
    .all(meetingId) as Array<{ id: string }>;
  const kinds = new Set(rows.map((row) => row.kind));
  const covered = new Set(rows.map((row) => row.agenda_item_id).filter((id) => id !== null));

  for (const kind of ['OPENING', 'CONCLUSION', 'CLOSING']) {
    if (!kinds.has(kind)) insertSection(db, now, meetingId, kind, null);
  }
  for (const item of agenda) {
    if (!covered.has(item.id)) insertSection(db, now, meetingId, 'DISCUSSION', item.id);
  }
  for (const row of rows) {
    if (row.kind === 'DISCUSSION' && row.agenda_item_id === null && row.content_text === '' && row.revision === 0) {
      db.prepare('DELETE FROM minute_sections WHERE id = ?').run(row.id);
      audit(db, now, row.id, meetingId, 'delete', { kind: row.kind }, undefined);
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
    if (row.position >= 0) audit(db, now, row.id, meetingId, 'update', { position: row.position }, { position: index });
  });
}

export const migration0008: Migration = {
  version: 8,
  name: '0008-minute-sections-made',
  up: (db) => {
    const now = Date.now();
    const meetings = db
      .prepare("SELECT id FROM meetings WHERE status <> 'DISAHKAN' ORDER BY created_at")
      .all() as Array<{ id: string }>;
    for (const meeting of meetings) align(db, now, meeting.id);
  },
};
