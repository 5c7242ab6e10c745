import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/main/db/migrate';
import { MIGRATIONS } from '../../../electron/main/db/migrations';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'risalah-m4-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('db/migrations/0004-follow-up', () => {
  it('keeps existing commitments, owners and updates and adds the carry-over tables and indexes', () => {
    const db = new Database(join(dir, 'risalah.db'));
    db.pragma('foreign_keys = ON');
    migrate(db, {}, MIGRATIONS, 3);
    db.exec(`
      INSERT INTO units (id, name, created_at, updated_at) VALUES ('u1', 'Dinas Kesehatan', 1, 1);
      INSERT INTO meetings (id, title, date, created_at, updated_at) VALUES ('m1', 'Rakor', '2026-09-25', 1, 1);
      INSERT INTO commitments (id, meeting_id, text, due_date, position, created_at, updated_at) VALUES ('c1', 'm1', 'Vaksinasi', '2026-10-31', 1, 1, 1);
      INSERT INTO commitment_owners (id, commitment_id, unit_id, status, created_at, updated_at) VALUES ('o1', 'c1', 'u1', 'PROSES', 1, 1);
      INSERT INTO commitment_updates (id, owner_id, reported_on, status, progress_text, created_at, updated_at) VALUES ('p1', 'o1', '2026-10-01', 'PROSES', 'Cakupan 60%', 1, 1);
    `);
    migrate(db);
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(4);
    expect(db.prepare('SELECT id, status, progress_text, status_reason FROM commitment_updates').all()).toEqual([
      { id: 'p1', status: 'PROSES', progress_text: 'Cakupan 60%', status_reason: '' },
    ]);
    expect(db.prepare('SELECT id, status FROM commitment_owners').all()).toEqual([{ id: 'o1', status: 'PROSES' }]);
    const indexes = (
      db
        .prepare(
          `SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name IN ('commitment_owners', 'carryover_items', 'commitment_updates')`,
        )
        .all() as Array<{ name: string }>
    ).map((row) => row.name);
    expect(indexes).toEqual(
      expect.arrayContaining([
        'commitment_owners_unit_status',
        'commitment_owners_commitment_status',
        'carryover_items_meeting',
        'commitment_updates_meeting',
      ]),
    );
    expect(
      (
        db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'index' AND name = 'commitments_follow_up'`).get() as {
          name: string;
        }
      ).name,
    ).toBe('commitments_follow_up');
    expect(indexes).not.toContain('commitment_owners_unit');
    db.exec(`INSERT INTO carryover_snapshots (meeting_id, taken_on, created_at, updated_at) VALUES ('m1', '2026-11-28', 1, 1);
      INSERT INTO carryover_items (id, meeting_id, commitment_id, owner_id, position, status_at_meeting, created_at, updated_at)
      VALUES ('i1', 'm1', 'c1', 'o1', 1, 'PROSES', 1, 1);`);
    // One owner appears once per meeting's list.
    expect(() =>
      db.exec(
        `INSERT INTO carryover_items (id, meeting_id, commitment_id, owner_id, position, status_at_meeting, created_at, updated_at) VALUES ('i2', 'm1', 'c1', 'o1', 2, 'BELUM', 1, 1)`,
      ),
    ).toThrow(/UNIQUE/);
    // Deleting the meeting takes its carry-over with it.
    db.exec(`DELETE FROM meetings WHERE id = 'm1'`);
    expect(db.prepare('SELECT count(*) AS n FROM carryover_items').get()).toEqual({ n: 0 });
    db.close();
  });
});
