import { describe, expect, it } from 'vitest';
import { migrateAcross, useMemoryDb } from '../support/memoryDb';

const memory = useMemoryDb();

describe('db/migrations/0007-meeting-sifat', () => {
  it('makes every existing meeting Biasa and refuses a Sifat outside the list', () => {
    migrateAcross(memory.db, 7, () => {
      memory.db.exec(
        `INSERT INTO meetings (id, title, date, created_at, updated_at) VALUES ('m1', 'Rakor', '2026-11-27', 1, 1)`,
      );
    });
    expect(memory.db.prepare('SELECT id, title, sifat FROM meetings').all()).toEqual([
      { id: 'm1', title: 'Rakor', sifat: 'BIASA' },
    ]);
    memory.db.prepare(`UPDATE meetings SET sifat = 'RAHASIA' WHERE id = 'm1'`).run();
    expect(() => memory.db.prepare(`UPDATE meetings SET sifat = 'rahasia' WHERE id = 'm1'`).run()).toThrow(
      /CHECK constraint/,
    );
  });
});
