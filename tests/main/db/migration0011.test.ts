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

const insert = (kind: string, id: string) =>
  db
    .prepare(
      `INSERT INTO document_templates (id, kind, name, bytes, size, sha256, report_json, uploaded_at, updated_at)
       VALUES (?, ?, 'a.docx', x'504b', 2, 'abc', '{}', 1, 1)`,
    )
    .run(id, kind);

describe('db/migrations/0011-document-templates', () => {
  it('keeps the data of version 10 and adds one template per kind, of the known kinds only', () => {
    migrate(db, {}, MIGRATIONS, 10);
    db.prepare(
      `INSERT INTO meetings (id, title, date, place, status, created_at, updated_at)
       VALUES ('m1', 'Rakor September', '2026-09-25', 'Aula Setda', 'DRAF', 5, 6)`,
    ).run();

    migrate(db, {}, MIGRATIONS, 11);

    expect(db.prepare('SELECT title FROM meetings').all()).toEqual([{ title: 'Rakor September' }]);
    insert('NOTULA', 't1');
    const row = db.prepare('SELECT mapping_json, active FROM document_templates').get();
    expect(row).toEqual({ mapping_json: '{}', active: 1 });
    expect(() => insert('NOTULA', 't2')).toThrow(/UNIQUE/);
    expect(() => insert('SURAT_LAIN', 't3')).toThrow(/CHECK/);
  });
});
