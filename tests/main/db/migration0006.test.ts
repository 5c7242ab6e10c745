import { describe, expect, it } from 'vitest';
import { migrateAcross, migrateTo, useMemoryDb } from '../support/memoryDb';
import { codeAsOf0006 } from '../../../electron/main/db/migrations/0006-approval';
import { deriveVerificationCode } from '../../../electron/main/services/approval/verificationCode';

const memory = useMemoryDb();

describe('db/migrations/0006-approval', () => {
  it('keeps its own copy of the code derivation in step with the live one (codes on paper must not change)', () => {
    const samples = Array.from(
      { length: 200 },
      (_, i) => [`doc-${i * 7919}`, (i % 5) + 1, (i * 2654435761).toString(16)] as const,
    );
    for (const [id, version, sha] of samples)
      expect(codeAsOf0006(id, version, sha)).toBe(deriveVerificationCode(id, version, sha));
  });

  it('keeps approved versions stored before it and gives each its verification code', () => {
    migrateAcross(memory.db, 6, () => {
      memory.db.exec(`
        INSERT INTO meetings (id, title, date, status, version, created_at, updated_at) VALUES ('m1', 'Rakor', '2026-11-27', 'DISAHKAN', 1, 1, 1);
        INSERT INTO documents (id, meeting_id, version, canonical_json, sha256, approved_at, approved_by, created_at)
          VALUES ('d1', 'm1', 1, '{"a":1}', 'abc123', 10, 'Wakil Bupati', 11);
      `);
    });
    expect(
      memory.db.prepare('SELECT id, canonical_json, sha256, approved_by, verification_code FROM documents').all(),
    ).toEqual([
      {
        id: 'd1',
        canonical_json: '{"a":1}',
        sha256: 'abc123',
        approved_by: 'Wakil Bupati',
        verification_code: deriveVerificationCode('d1', 1, 'abc123'),
      },
    ]);
    expect(deriveVerificationCode('d1', 1, 'abc123')).toMatch(/^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{2}$/);
    expect(memory.db.prepare('SELECT status, version FROM meetings').get()).toEqual({ status: 'DISAHKAN', version: 1 });
  });

  it('creates the steps and exports tables, and keeps codes unique', () => {
    migrateTo(memory.db, 6);
    memory.db.exec(`
      INSERT INTO meetings (id, title, date, created_at, updated_at) VALUES ('m1', 'Rakor', '2026-11-27', 1, 1);
      INSERT INTO approval_steps (id, meeting_id, version, step, note, decided_on, recorded_by, created_at, updated_at)
        VALUES ('s1', 'm1', 1, 'DIAJUKAN', '', '2026-11-28', 'notulis', 1, 1);
      INSERT INTO documents (id, meeting_id, version, canonical_json, sha256, approved_at, approved_by, created_at, verification_code)
        VALUES ('d1', 'm1', 1, '{}', 'x', 1, 'K', 1, 'AAAA-BBBB-CC');
      INSERT INTO document_exports (id, document_id, kind, format, file_name, size, sha256, created_at)
        VALUES ('e1', 'd1', 'NOTULA', 'docx', 'Notula.docx', 10, 'f00d', 1);
    `);
    expect(() =>
      memory.db
        .exec(`INSERT INTO documents (id, meeting_id, version, canonical_json, sha256, approved_at, approved_by, created_at, verification_code)
        VALUES ('d2', 'm1', 2, '{}', 'y', 1, 'K', 1, 'AAAA-BBBB-CC')`),
    ).toThrow(/UNIQUE/);
    const plan = memory.db
      .prepare(`EXPLAIN QUERY PLAN SELECT id FROM document_exports WHERE sha256 = 'f00d'`)
      .all() as Array<{
      detail: string;
    }>;
    expect(plan.map((row) => row.detail).join(' ')).toMatch(/document_exports_sha256/);
  });
});
