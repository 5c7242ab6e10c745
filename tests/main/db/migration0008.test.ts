import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateTo, openMemoryDb } from '../support/memoryDb';
import { migrate } from '../../../electron/main/db/migrate';
import { MIGRATIONS } from '../../../electron/main/db/migrations';

let db: Database.Database;
beforeEach(() => (db = openMemoryDb()));
afterEach(() => db.close());

const sections = (meetingId: string) =>
  db
    .prepare(
      'SELECT kind, agenda_item_id AS item, position, content_text AS text FROM minute_sections WHERE meeting_id = ? ORDER BY position',
    )
    .all(meetingId);

describe('db/migrations/0008-minute-sections-made', () => {
  it('makes the sections of meetings never opened, aligns a lagging one, and leaves an approved Notula as it was', () => {
    migrateTo(db, 7);
    db.exec(`
      INSERT INTO meetings (id, title, date, status, created_at, updated_at) VALUES
        ('never', 'Rakor baru', '2026-12-01', 'DRAF', 1, 1),
        ('lagging', 'Rakor lama', '2026-11-20', 'DIKEMBALIKAN', 2, 2),
        ('approved', 'Rakor sah', '2026-11-13', 'DISAHKAN', 3, 3);
      INSERT INTO agenda_items (id, meeting_id, position, title, created_at, updated_at) VALUES
        ('n1', 'never', 1, 'Laporan', 1, 1),
        ('l1', 'lagging', 1, 'Acara baru di depan', 2, 2),
        ('l2', 'lagging', 2, 'Evaluasi', 2, 2),
        ('a1', 'approved', 1, 'Acara ditambah tanpa pembahasan', 3, 3);
      INSERT INTO minute_sections (id, meeting_id, kind, agenda_item_id, position, content_text, created_at, updated_at) VALUES
        ('lo', 'lagging', 'OPENING', NULL, 0, 'Dibuka', 2, 2),
        ('ld', 'lagging', 'DISCUSSION', 'l2', 1, 'Evaluasi dibahas', 2, 2),
        ('lc', 'lagging', 'CONCLUSION', NULL, 2, '', 2, 2),
        ('lx', 'lagging', 'CLOSING', NULL, 3, '', 2, 2),
        ('ao', 'approved', 'OPENING', NULL, 0, 'Dibuka', 3, 3);
    `);

    migrate(db, {}, MIGRATIONS);

    expect(sections('never')).toEqual([
      { kind: 'OPENING', item: null, position: 0, text: '' },
      { kind: 'DISCUSSION', item: 'n1', position: 1, text: '' },
      { kind: 'CONCLUSION', item: null, position: 2, text: '' },
      { kind: 'CLOSING', item: null, position: 3, text: '' },
    ]);
    expect(sections('lagging')).toEqual([
      { kind: 'OPENING', item: null, position: 0, text: 'Dibuka' },
      { kind: 'DISCUSSION', item: 'l1', position: 1, text: '' },
      { kind: 'DISCUSSION', item: 'l2', position: 2, text: 'Evaluasi dibahas' },
      { kind: 'CONCLUSION', item: null, position: 3, text: '' },
      { kind: 'CLOSING', item: null, position: 4, text: '' },
    ]);
    expect(sections('approved')).toEqual([{ kind: 'OPENING', item: null, position: 0, text: 'Dibuka' }]);
    // Each made section is on the record, under the migration's name.
    const audits = db
      .prepare(
        "SELECT actor, count(*) AS n FROM audit_log WHERE entity = 'minute_section' AND operation = 'create' GROUP BY actor",
      )
      .all();
    expect(audits).toEqual([{ actor: 'pembaruan aplikasi', n: 5 }]);
  });
});
