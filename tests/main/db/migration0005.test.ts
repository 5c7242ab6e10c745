import { describe, expect, it } from 'vitest';
import { migrateAcross, useMemoryDb } from '../support/memoryDb';

const memory = useMemoryDb();

describe('db/migrations/0005-minute-revisions', () => {
  it('keeps existing sections with revision 0 and makes the standard set unique', () => {
    migrateAcross(memory.db, 5, () => {
      memory.db.exec(`
        INSERT INTO meetings (id, title, date, created_at, updated_at) VALUES ('m1', 'Rakor', '2026-11-27', 1, 1);
        INSERT INTO agenda_items (id, meeting_id, position, title, created_at, updated_at) VALUES ('a1', 'm1', 1, 'Laporan', 1, 1);
        INSERT INTO minute_sections (id, meeting_id, kind, agenda_item_id, position, content_json, content_text, created_at, updated_at)
          VALUES ('s1', 'm1', 'OPENING', NULL, 0, '{"type":"doc","content":[]}', 'Pembukaan oleh Wakil Bupati', 5, 6),
                 ('s2', 'm1', 'DISCUSSION', 'a1', 1, '{"type":"doc","content":[]}', 'Laporan Dinkes', 5, 6);
      `);
    });
    expect(
      memory.db.prepare('SELECT id, content_text, revision, updated_at FROM minute_sections ORDER BY position').all(),
    ).toEqual([
      { id: 's1', content_text: 'Pembukaan oleh Wakil Bupati', revision: 0, updated_at: 6 },
      { id: 's2', content_text: 'Laporan Dinkes', revision: 0, updated_at: 6 },
    ]);
    expect(() =>
      memory.db.exec(
        `INSERT INTO minute_sections (id, meeting_id, kind, position, created_at, updated_at) VALUES ('s3', 'm1', 'OPENING', 9, 1, 1)`,
      ),
    ).toThrow(/UNIQUE/);
    expect(() =>
      memory.db.exec(
        `INSERT INTO minute_sections (id, meeting_id, kind, agenda_item_id, position, created_at, updated_at) VALUES ('s4', 'm1', 'DISCUSSION', 'a1', 9, 1, 1)`,
      ),
    ).toThrow(/UNIQUE/);
    // Discussions whose item was removed (agenda_item_id NULL) may be several.
    memory.db.exec(`
      INSERT INTO minute_sections (id, meeting_id, kind, position, created_at, updated_at) VALUES ('s5', 'm1', 'DISCUSSION', 7, 1, 1);
      INSERT INTO minute_sections (id, meeting_id, kind, position, created_at, updated_at) VALUES ('s6', 'm1', 'DISCUSSION', 8, 1, 1);
    `);
    expect(memory.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
