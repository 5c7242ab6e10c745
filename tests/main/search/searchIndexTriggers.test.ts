import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyPragmas } from '../../../electron/main/db/connection';
import { migrate } from '../../../electron/main/db/migrate';
import { MIGRATIONS } from '../../../electron/main/db/migrations';
import { searchIndex } from '../../../electron/main/repositories/searchRepository';
import type { SearchKind } from '../../../shared/domain/search';

let db: Database.Database;

const M1 = '10000000-0000-4000-8000-000000000001';
const M2 = '10000000-0000-4000-8000-000000000002';
const UNIT = '20000000-0000-4000-8000-000000000001';

function found(query: string, kind?: SearchKind): string[] {
  return searchIndex(db, { query, kinds: kind ? [kind] : undefined, limit: 200 }).groups.flatMap((group) =>
    group.hits.map((hit) => hit.entityId),
  );
}

/** The index and its keys agree one to one: no stale twins, no orphans. */
function expectConsistent(): void {
  const index = db.prepare('SELECT rowid AS id FROM search_index ORDER BY rowid').all();
  const keys = db.prepare('SELECT id FROM search_keys ORDER BY id').all();
  expect(index).toEqual(keys);
  expect(
    db
      .prepare(
        'SELECT count(*) AS n FROM (SELECT kind, entity_id FROM search_keys GROUP BY kind, entity_id HAVING count(*) > 1)',
      )
      .get(),
  ).toEqual({ n: 0 });
}

function seedAtVersion2(): void {
  db.exec(`
    INSERT INTO units (id, name, short_name, created_at, updated_at) VALUES ('${UNIT}', 'Dinas Kesehatan', 'Dinkes', 1, 1);
    INSERT INTO units (id, name, short_name, created_at, updated_at, deleted_at) VALUES ('20000000-0000-4000-8000-000000000002', 'Dinas Pariwisata Lama', 'Dispar', 1, 1, 5);
    INSERT INTO people (id, name, position, unit_id, created_at, updated_at) VALUES ('30000000-0000-4000-8000-000000000001', 'dr. Siti Rahayu, M.Kes.', 'Kepala Dinas Kesehatan', '${UNIT}', 1, 1);
    INSERT INTO meetings (id, title, date, place, created_at, updated_at) VALUES ('${M1}', 'Rakor Percepatan Penurunan Stunting', '2026-11-27', 'Aula Setda', 1, 1);
    INSERT INTO meetings (id, title, date, place, created_at, updated_at, deleted_at) VALUES ('${M2}', 'Rakor Dihapus', '2026-10-01', '', 1, 1, 9);
    INSERT INTO minute_sections (id, meeting_id, kind, position, content_text, created_at, updated_at) VALUES ('40000000-0000-4000-8000-000000000001', '${M1}', 'OPENING', 0, 'Bupati membuka rapat dan menekankan posyandu aktif.', 1, 1);
    INSERT INTO minute_sections (id, meeting_id, kind, position, content_text, created_at, updated_at) VALUES ('40000000-0000-4000-8000-000000000002', '${M2}', 'OPENING', 0, 'Posyandu di rapat yang sudah dihapus.', 1, 1);
    INSERT INTO decisions (id, meeting_id, text, position, created_at, updated_at) VALUES ('50000000-0000-4000-8000-000000000001', '${M1}', 'Seluruh puskesmas melapor setiap bulan.', 0, 1, 1);
    INSERT INTO decisions (id, meeting_id, text, position, created_at, updated_at, deleted_at) VALUES ('50000000-0000-4000-8000-000000000002', '${M1}', 'Keputusan puskesmas yang dibatalkan.', 1, 1, 1, 3);
    INSERT INTO commitments (id, meeting_id, text, position, created_at, updated_at) VALUES ('60000000-0000-4000-8000-000000000001', '${M1}', 'Menyusun data balita gizi kurang.', 0, 1, 1);
    INSERT INTO commitment_owners (id, commitment_id, unit_id, created_at, updated_at) VALUES ('70000000-0000-4000-8000-000000000001', '60000000-0000-4000-8000-000000000001', '${UNIT}', 1, 1);
    INSERT INTO commitment_updates (id, owner_id, reported_on, status, progress_text, created_at, updated_at) VALUES ('80000000-0000-4000-8000-000000000001', '70000000-0000-4000-8000-000000000001', '2026-12-10', 'DALAM_PROSES', 'Data balita dari 12 puskesmas sudah terkumpul.', 1, 1);
  `);
}

beforeEach(() => {
  db = new Database(':memory:');
  applyPragmas(db);
  migrate(db, {}, MIGRATIONS, 2);
  seedAtVersion2();
  migrate(db);
});
afterEach(() => db.close());

describe('migration 0003: search index', () => {
  it('backfills live rows of every source and leaves deleted ones out', () => {
    expect(found('posyandu')).toEqual(['40000000-0000-4000-8000-000000000001']);
    expect(found('puskesmas', 'decision')).toEqual(['50000000-0000-4000-8000-000000000001']);
    expect(found('balita', 'commitment')).toEqual(['60000000-0000-4000-8000-000000000001']);
    expect(found('terkumpul', 'update')).toEqual(['80000000-0000-4000-8000-000000000001']);
    expect(found('stunting', 'meeting')).toEqual([M1]);
    expect(found('siti rahayu', 'person')).toEqual(['30000000-0000-4000-8000-000000000001']);
    expect(found('dinkes', 'unit')).toEqual([UNIT]);
    expect(found('pariwisata')).toEqual([]);
    expect(found('dihapus')).toEqual([]);
    expectConsistent();
  });

  it('keeps the index in step on insert, update and soft delete', () => {
    db.prepare(
      "INSERT INTO decisions (id, meeting_id, text, position, created_at, updated_at) VALUES ('50000000-0000-4000-8000-000000000003', ?, 'Rehabilitasi jembatan gantung dipercepat.', 2, 2, 2)",
    ).run(M1);
    expect(found('jembatan', 'decision')).toEqual(['50000000-0000-4000-8000-000000000003']);

    db.prepare(
      "UPDATE decisions SET text = 'Rehabilitasi irigasi dipercepat.' WHERE id = '50000000-0000-4000-8000-000000000003'",
    ).run();
    expect(found('jembatan')).toEqual([]);
    expect(found('irigasi', 'decision')).toEqual(['50000000-0000-4000-8000-000000000003']);

    db.prepare("UPDATE decisions SET deleted_at = 10 WHERE id = '50000000-0000-4000-8000-000000000003'").run();
    expect(found('irigasi')).toEqual([]);
    db.prepare("UPDATE decisions SET deleted_at = NULL WHERE id = '50000000-0000-4000-8000-000000000003'").run();
    expect(found('irigasi', 'decision')).toEqual(['50000000-0000-4000-8000-000000000003']);

    db.prepare(
      "UPDATE minute_sections SET content_text = 'Bupati menekankan kader aktif.' WHERE id = '40000000-0000-4000-8000-000000000001'",
    ).run();
    expect(found('posyandu')).toEqual([]);
    expect(found('kader')).toEqual(['40000000-0000-4000-8000-000000000001']);
    db.prepare("DELETE FROM minute_sections WHERE id = '40000000-0000-4000-8000-000000000001'").run();
    expect(found('kader')).toEqual([]);

    db.prepare(`UPDATE people SET name = 'dr. Siti Aminah' WHERE id = '30000000-0000-4000-8000-000000000001'`).run();
    expect(found('rahayu')).toEqual([]);
    expect(found('aminah', 'person')).toEqual(['30000000-0000-4000-8000-000000000001']);
    db.prepare(`UPDATE units SET deleted_at = 20 WHERE id = '${UNIT}'`).run();
    expect(found('dinkes')).toEqual([]);
    expectConsistent();
  });

  it('hides the items of a deleted meeting and the progress of a deleted commitment, and shows them again on restore', () => {
    db.prepare('UPDATE meetings SET deleted_at = 30 WHERE id = ?').run(M1);
    expect(found('posyandu')).toEqual([]);
    expect(found('puskesmas')).toEqual([]);
    db.prepare('UPDATE meetings SET deleted_at = NULL WHERE id = ?').run(M1);
    expect(found('posyandu')).toEqual(['40000000-0000-4000-8000-000000000001']);

    db.prepare("UPDATE commitments SET deleted_at = 40 WHERE id = '60000000-0000-4000-8000-000000000001'").run();
    expect(found('terkumpul')).toEqual([]);
    db.prepare("UPDATE commitments SET deleted_at = NULL WHERE id = '60000000-0000-4000-8000-000000000001'").run();
    expect(found('terkumpul', 'update')).toEqual(['80000000-0000-4000-8000-000000000001']);
  });

  it('leaves no stale twin after INSERT OR REPLACE, upserts or a cascade delete', () => {
    const spare = '20000000-0000-4000-8000-000000000009';
    db.prepare(
      "INSERT INTO units (id, name, short_name, created_at, updated_at) VALUES (?, 'Satpol PP', 'Satpol', 1, 1)",
    ).run(spare);
    db.prepare(
      "INSERT OR REPLACE INTO units (id, name, short_name, created_at, updated_at) VALUES (?, 'Satuan Polisi Pamong Praja', 'Satpol PP', 1, 2)",
    ).run(spare);
    expect(found('satpol', 'unit')).toEqual([spare]);
    expect(found('pamong', 'unit')).toEqual([spare]);
    db.prepare(
      "INSERT INTO units (id, name, short_name, created_at, updated_at) VALUES (?, 'Dinas Kesehatan PPKB', 'DKPPKB', 1, 3) ON CONFLICT (id) DO UPDATE SET name = excluded.name, short_name = excluded.short_name",
    ).run(UNIT);
    expect(found('ppkb', 'unit')).toEqual([UNIT]);
    expectConsistent();

    db.prepare('DELETE FROM commitment_updates').run();
    db.prepare('DELETE FROM meetings WHERE id = ?').run(M2);
    expect(
      db
        .prepare(
          "SELECT count(*) AS n FROM search_keys WHERE kind = 'minute' AND entity_id = '40000000-0000-4000-8000-000000000002'",
        )
        .get(),
    ).toEqual({ n: 0 });
    expectConsistent();
  });

  it('ranks a name above a passage that merely mentions it', () => {
    db.prepare(
      "INSERT INTO minute_sections (id, meeting_id, kind, position, content_text, created_at, updated_at) VALUES ('40000000-0000-4000-8000-000000000009', ?, 'DISCUSSION', 5, 'Menurut laporan, kesehatan ibu dan anak serta kesehatan lingkungan masih menjadi perhatian dinas kesehatan.', 1, 1)",
    ).run(M1);
    const hits = searchIndex(db, { query: 'dinas kesehatan', limit: 10 });
    const ranked = hits.groups.flatMap((g) => g.hits);
    expect(ranked.length).toBeGreaterThanOrEqual(2);
    // Groups are in a fixed order; inside the unit group the OPD itself is there with its name marked.
    expect(hits.groups.find((g) => g.kind === 'unit')?.hits[0]?.title).toEqual([
      { text: 'Dinas', hit: true },
      { text: ' ', hit: false },
      { text: 'Kesehatan', hit: true },
    ]);
  });
});
