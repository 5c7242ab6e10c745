import { describe, expect, it } from 'vitest';
import { migrateAcross, migrateTo, useMemoryDb } from '../support/memoryDb';
import { RAKOR_TEMPLATE_ID } from '../../../electron/main/db/migrations/0002-agenda-templates';

const memory = useMemoryDb();

describe('db/migrations/0002-agenda-templates', () => {
  it('keeps version-1 meetings whole, adds an empty invitation date and ships the Rakor Kepala OPD template', () => {
    migrateAcross(memory.db, 2, () => {
      memory.db
        .prepare(
          `INSERT INTO meetings (id, title, date, place, invitation_ref, start_time, status, created_at, updated_at)
         VALUES ('m1', 'Rakor September', '2026-09-25', 'Aula Setda', '005/77/Setda', '09:00', 'DISAHKAN', 5, 6)`,
        )
        .run();
      memory.db
        .prepare(
          `INSERT INTO agenda_items (id, meeting_id, position, title, created_at, updated_at) VALUES ('a1', 'm1', 1, 'Pembukaan', 5, 5)`,
        )
        .run();
    });
    expect(
      memory.db.prepare('SELECT title, place, invitation_ref, invitation_date, start_time, status FROM meetings').all(),
    ).toEqual([
      {
        title: 'Rakor September',
        place: 'Aula Setda',
        invitation_ref: '005/77/Setda',
        invitation_date: null,
        start_time: '09:00',
        status: 'DISAHKAN',
      },
    ]);
    expect(memory.db.prepare('SELECT title FROM agenda_items').all()).toEqual([{ title: 'Pembukaan' }]);
    expect(memory.db.prepare('SELECT id, name, built_in, deleted_at FROM agenda_templates').all()).toEqual([
      { id: RAKOR_TEMPLATE_ID, name: 'Rakor Kepala OPD', built_in: 1, deleted_at: null },
    ]);
    const items = memory.db
      .prepare(
        'SELECT position, title, presenter_text, planned_minutes FROM agenda_template_items WHERE template_id = ? ORDER BY position',
      )
      .all(RAKOR_TEMPLATE_ID) as Array<{
      position: number;
      title: string;
      presenter_text: string;
      planned_minutes: number;
    }>;
    expect(items.map((i) => i.title)).toEqual([
      'Pembukaan oleh Pimpinan Rapat',
      'Laporan tindak lanjut hasil rapat sebelumnya',
      'Paparan dan pembahasan program prioritas OPD',
      'Arahan Bupati/Wakil Bupati',
      'Lain-lain',
      'Penutup',
    ]);
    expect(items.map((i) => i.position)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(items.every((i) => i.planned_minutes > 0)).toBe(true);
    expect(memory.db.pragma('foreign_key_check')).toEqual([]);
  });

  it('refuses a second live template with the same name in any letter case', () => {
    migrateTo(memory.db, 2);
    expect(() =>
      memory.db
        .prepare(
          `INSERT INTO agenda_templates (id, name, created_at, updated_at) VALUES ('t2', 'RAKOR kepala opd', 1, 1)`,
        )
        .run(),
    ).toThrow(/UNIQUE/);
  });
});
