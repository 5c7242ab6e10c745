import { describe, expect, it } from 'vitest';
import { migrateAcross, useMemoryDb } from '../support/memoryDb';

const memory = useMemoryDb();

const insert = (kind: string, id: string) =>
  memory.db
    .prepare(
      `INSERT INTO document_templates (id, kind, name, bytes, size, sha256, report_json, uploaded_at, updated_at)
       VALUES (?, ?, 'a.docx', x'504b', 2, 'abc', '{}', 1, 1)`,
    )
    .run(id, kind);

describe('db/migrations/0011-document-templates', () => {
  it('keeps the data of version 10 and adds one template per kind, of the known kinds only', () => {
    migrateAcross(memory.db, 11, () => {
      memory.db
        .prepare(
          `INSERT INTO meetings (id, title, date, place, status, created_at, updated_at)
         VALUES ('m1', 'Rakor September', '2026-09-25', 'Aula Setda', 'DRAF', 5, 6)`,
        )
        .run();
    });

    expect(memory.db.prepare('SELECT title FROM meetings').all()).toEqual([{ title: 'Rakor September' }]);
    insert('NOTULA', 't1');
    const row = memory.db.prepare('SELECT mapping_json, active FROM document_templates').get();
    expect(row).toEqual({ mapping_json: '{}', active: 1 });
    expect(() => insert('NOTULA', 't2')).toThrow(/UNIQUE/);
    expect(() => insert('SURAT_LAIN', 't3')).toThrow(/CHECK/);
  });
});
