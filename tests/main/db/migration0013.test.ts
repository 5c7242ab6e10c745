import { describe, expect, it } from 'vitest';
import { migrateAcross, useMemoryDb } from '../support/memoryDb';

const memory = useMemoryDb();

const columns = () =>
  (memory.db.prepare('PRAGMA table_info(meetings)').all() as Array<{ name: string }>).map((c) => c.name);

describe('db/migrations/0013-field-names', () => {
  it('renames meetings.invitation_ref to invitation_number and keeps every number, its default and NOT NULL', () => {
    migrateAcross(memory.db, 13, () => {
      memory.db.exec(
        `INSERT INTO meetings (id, title, date, invitation_ref, created_at, updated_at)
           VALUES ('m1', 'Rakor', '2026-11-27', '005/123/Setda', 1, 1);
         INSERT INTO meetings (id, title, date, created_at, updated_at) VALUES ('m2', 'Rakor 2', '2026-12-04', 1, 1);`,
      );
    });
    expect(columns()).toContain('invitation_number');
    expect(columns()).not.toContain('invitation_ref');
    expect(memory.db.prepare('SELECT id, invitation_number FROM meetings ORDER BY id').all()).toEqual([
      { id: 'm1', invitation_number: '005/123/Setda' },
      { id: 'm2', invitation_number: '' },
    ]);
    expect(() => memory.db.prepare(`UPDATE meetings SET invitation_number = NULL WHERE id = 'm1'`).run()).toThrow(
      /NOT NULL/,
    );
  });
});
