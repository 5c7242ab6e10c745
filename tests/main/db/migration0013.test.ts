import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyPragmas } from '../../../electron/main/db/connection';
import { migrate } from '../../../electron/main/db/migrate';
import { MIGRATIONS } from '../../../electron/main/db/migrations';

let db: Database.Database;
beforeEach(() => {
  db = new Database(':memory:');
  applyPragmas(db);
});
afterEach(() => db.close());

const columns = () => (db.prepare('PRAGMA table_info(meetings)').all() as Array<{ name: string }>).map((c) => c.name);

describe('db/migrations/0013-field-names', () => {
  it('renames meetings.invitation_ref to invitation_number and keeps every number, its default and NOT NULL', () => {
    migrate(db, {}, MIGRATIONS, 12);
    db.exec(
      `INSERT INTO meetings (id, title, date, invitation_ref, created_at, updated_at)
         VALUES ('m1', 'Rakor', '2026-11-27', '005/123/Setda', 1, 1);
       INSERT INTO meetings (id, title, date, created_at, updated_at) VALUES ('m2', 'Rakor 2', '2026-12-04', 1, 1);`,
    );

    migrate(db, {}, MIGRATIONS, 13);

    expect(db.pragma('user_version', { simple: true })).toBe(13);
    expect(columns()).toContain('invitation_number');
    expect(columns()).not.toContain('invitation_ref');
    expect(db.prepare('SELECT id, invitation_number FROM meetings ORDER BY id').all()).toEqual([
      { id: 'm1', invitation_number: '005/123/Setda' },
      { id: 'm2', invitation_number: '' },
    ]);
    expect(() => db.prepare(`UPDATE meetings SET invitation_number = NULL WHERE id = 'm1'`).run()).toThrow(/NOT NULL/);
  });
});
