import { randomUUID } from 'node:crypto';
import type { Db } from '../../../electron/main/db/connection';
import { alignSections } from '../../../electron/main/repositories/minuteSectionsSync';
import type { AgendaItemId, MeetingId, UnitId } from '../../../shared/domain/ids';

/** Rows the live-minutes tests need, inserted directly: the master data and agenda have their own tests. */
export function seedMeeting(db: Db, items: ReadonlyArray<string> = ['Laporan tindak lanjut', 'Program prioritas OPD']) {
  const meetingId = randomUUID() as MeetingId;
  db.prepare(
    `INSERT INTO meetings (id, title, date, created_at, updated_at) VALUES (?, 'Rakor Kepala OPD', '2026-11-27', 1, 1)`,
  ).run(meetingId);
  const agenda = items.map((title, index) => {
    const id = randomUUID() as AgendaItemId;
    db.prepare(
      `INSERT INTO agenda_items (id, meeting_id, position, title, planned_minutes, created_at, updated_at) VALUES (?, ?, ?, ?, 15, 1, 1)`,
    ).run(id, meetingId, index + 1, title);
    return id;
  });
  // What creating the meeting and its agenda does in the app: the Notula's sections exist from the start.
  alignSections(db, meetingId, ctx(1));
  return { meetingId, agenda };
}

export function seedUnit(db: Db, name: string): UnitId {
  const id = randomUUID() as UnitId;
  db.prepare('INSERT INTO units (id, name, created_at, updated_at) VALUES (?, ?, 1, 1)').run(id, name);
  return id;
}

export const ctx = (now: number) => ({ now, actor: 'penguji' });
