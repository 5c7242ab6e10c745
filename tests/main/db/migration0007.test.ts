import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateTo, openMemoryDb } from '../support/memoryDb';

let db: Database.Database;
beforeEach(() => (db = openMemoryDb()));
afterEach(() => db.close());

describe('db/migrations/0007-meeting-sifat', () => {
  it('makes every existing meeting Biasa and refuses a Sifat outside the list', () => {
    migrateTo(db, 6);
    db.exec(
      `INSERT INTO meetings (id, title, date, created_at, updated_at) VALUES ('m1', 'Rakor', '2026-11-27', 1, 1)`,
    );

    migrateTo(db, 7);

    expect(db.pragma('user_version', { simple: true })).toBe(7);
    expect(db.prepare('SELECT id, title, sifat FROM meetings').all()).toEqual([
      { id: 'm1', title: 'Rakor', sifat: 'BIASA' },
    ]);
    db.prepare(`UPDATE meetings SET sifat = 'RAHASIA' WHERE id = 'm1'`).run();
    expect(() => db.prepare(`UPDATE meetings SET sifat = 'rahasia' WHERE id = 'm1'`).run()).toThrow(/CHECK constraint/);
  });
});
