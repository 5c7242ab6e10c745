import type Database from 'better-sqlite3';
import type { Db } from '../db/connection';
import type { AgendaItemId, MeetingId, SectionId } from '../../../shared/domain/ids';
import {
  richPlainText,
  type MinuteSection,
  type MinutesBundle,
  type RichDoc,
  type SaveSectionInput,
  type SavedSection,
  type SectionKind,
} from '../../../shared/domain/minutes';
import { isContentLocked, type MeetingStatus } from '../../../shared/domain/meeting';
import { AppError } from '../../../shared/ipc/result';
import { auditorFor } from './auditRepository';
import { assertMeetingExists, assertMinutesEditable } from './minutesChecks';
import type { WriteContext } from './writeContext';

type SectionRow = {
  id: string;
  meeting_id: string;
  kind: string;
  agenda_item_id: string | null;
  position: number;
  content_json: string;
  content_text: string;
  revision: number;
  updated_at: number;
  agenda_title: string | null;
  agenda_position: number | null;
};

const SELECT_SECTIONS = `SELECT s.id, s.meeting_id, s.kind, s.agenda_item_id, s.position, s.content_json, s.content_text,
    s.revision, s.updated_at, a.title AS agenda_title, a.position AS agenda_position
  FROM minute_sections s LEFT JOIN agenda_items a ON a.id = s.agenda_item_id
  WHERE s.meeting_id = ? ORDER BY s.position, s.created_at`;

function parseContent(json: string): RichDoc {
  try {
    const value = JSON.parse(json) as RichDoc;
    return value?.type === 'doc' ? value : { type: 'doc', content: [] };
  } catch {
    // A damaged cell must not hide the other sections; the text column still holds the words.
    return { type: 'doc', content: [] };
  }
}

function toSection(row: SectionRow): MinuteSection {
  return {
    id: row.id as SectionId,
    meetingId: row.meeting_id as MeetingId,
    kind: row.kind as SectionKind,
    agendaItemId: row.agenda_item_id as AgendaItemId | null,
    agendaTitle: row.agenda_title,
    agendaPosition: row.agenda_position,
    position: row.position,
    content: parseContent(row.content_json),
    revision: row.revision,
    updatedAt: row.updated_at,
  };
}

const audit = auditorFor('minute_section');

/**
 * Sections of a meeting in print order. A read only: the sections are made with the
 * meeting and follow each agenda change (minuteSectionsSync.ts), so this never writes
 * and is served on the read-only connection during the start-up check.
 */
export function getMinutes(db: Db, meetingId: MeetingId): MinutesBundle {
  assertMeetingExists(db, meetingId);
  const rows = db.prepare(SELECT_SECTIONS).all(meetingId) as SectionRow[];
  return { meetingId, sections: rows.map(toSection) };
}

type SaveStatements = Readonly<{ row: Database.Statement; update: Database.Statement }>;

/* Autosave is the hottest write of the app (a save a second while she types): its statements are prepared once per connection. */
const saveStatements = new WeakMap<Db, SaveStatements>();

function statementsFor(db: Db): SaveStatements {
  let statements = saveStatements.get(db);
  if (!statements) {
    statements = {
      row: db.prepare(
        `SELECT s.meeting_id, s.revision, m.status, m.deleted_at
         FROM minute_sections s JOIN meetings m ON m.id = s.meeting_id WHERE s.id = ?`,
      ),
      update: db.prepare(
        'UPDATE minute_sections SET content_json = ?, content_text = ?, revision = ?, updated_at = ? WHERE id = ?',
      ),
    };
    saveStatements.set(db, statements);
  }
  return statements;
}

/**
 * One autosave: the whole section, checked against the revision it was typed
 * on. The audit line records the save and its size, not the text: the row holds
 * the words, and a save every second of a four-hour meeting would otherwise copy
 * the minutes thousands of times into the log.
 */
export function saveSection(db: Db, input: SaveSectionInput, ctx: WriteContext): SavedSection {
  const statements = statementsFor(db);
  return db.transaction(() => {
    const row = statements.row.get(input.id) as
      { meeting_id: string; revision: number; status: MeetingStatus; deleted_at: number | null } | undefined;
    if (!row) throw new AppError('NOT_FOUND', 'Bagian notula tidak ditemukan; muat ulang halaman.');
    // The same refusals as assertMinutesEditable, read in the same query.
    if (row.deleted_at !== null) assertMinutesEditable(db, row.meeting_id as MeetingId);
    if (isContentLocked(row.status)) assertMinutesEditable(db, row.meeting_id as MeetingId);
    if (row.revision !== input.baseRevision) {
      throw new AppError(
        'CONFLICT',
        'Bagian ini sudah diubah di jendela atau tab lain. Teks Anda tetap tersimpan di perangkat ini; pilih versi mana yang dipakai.',
      );
    }
    const text = richPlainText(input.content);
    const revision = row.revision + 1;
    statements.update.run(JSON.stringify(input.content), text, revision, ctx.now, input.id);
    audit(
      db,
      ctx,
      { id: input.id, meetingId: row.meeting_id },
      'update',
      { revision: row.revision },
      { revision, chars: text.length },
    );
    return { id: input.id, revision, updatedAt: ctx.now };
  })();
}
