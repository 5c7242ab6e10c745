import type { Db } from '../db/connection';

/*
 * The search index of a replicated seed:big archive (seedReplicaRepository.ts), made once after
 * the copy instead of by migration 0003's triggers row by row. The rows are numbered in the order
 * a real archive wrote them: OPD and officials first, then meeting after meeting by date (the
 * meeting, its minutes, decisions, commitments, progress reports), so the copies placed in
 * earlier years get the lower rowids and this year's rows the highest, which is what the
 * newest-first search (searchNewest.ts) relies on. What is indexed, and its title and
 * body, are the triggers' (one row per entity with text; decisions and commitments only live).
 */

const KEYS_IN_WRITING_ORDER = `
INSERT INTO search_keys (kind, entity_id, meeting_id)
SELECT kind, entity_id, meeting_id FROM (
  SELECT 0 AS g, '' AS d, '' AS mid, 0 AS ko, rowid AS r, 'unit' AS kind, id AS entity_id, NULL AS meeting_id
    FROM units WHERE deleted_at IS NULL AND (name <> '' OR short_name <> '')
  UNION ALL SELECT 0, '', '', 1, rowid, 'person', id, NULL
    FROM people WHERE deleted_at IS NULL AND (name <> '' OR position <> '')
  UNION ALL SELECT 1, date, id, 0, rowid, 'meeting', id, id
    FROM meetings WHERE deleted_at IS NULL AND (title <> '' OR place <> '')
  UNION ALL SELECT 1, m.date, m.id, 1, s.rowid, 'minute', s.id, s.meeting_id
    FROM minute_sections s JOIN meetings m ON m.id = s.meeting_id WHERE s.content_text <> ''
  UNION ALL SELECT 1, m.date, m.id, 2, x.rowid, 'decision', x.id, x.meeting_id
    FROM decisions x JOIN meetings m ON m.id = x.meeting_id WHERE x.deleted_at IS NULL AND x.text <> ''
  UNION ALL SELECT 1, m.date, m.id, 3, c.rowid, 'commitment', c.id, c.meeting_id
    FROM commitments c JOIN meetings m ON m.id = c.meeting_id WHERE c.deleted_at IS NULL AND c.text <> ''
  UNION ALL SELECT 1, m.date, m.id, 4, u.rowid, 'update', u.id, c.meeting_id
    FROM commitment_updates u JOIN commitment_owners o ON o.id = u.owner_id
    JOIN commitments c ON c.id = o.commitment_id JOIN meetings m ON m.id = c.meeting_id
    WHERE u.progress_text <> ''
) ORDER BY g, d, mid, ko, r`;

const TEXT_IN_ROWID_ORDER = `
INSERT INTO search_index (rowid, title, body)
SELECT k.id,
  CASE k.kind
    WHEN 'meeting' THEN (SELECT title FROM meetings WHERE id = k.entity_id)
    WHEN 'person' THEN (SELECT name FROM people WHERE id = k.entity_id)
    WHEN 'unit' THEN (SELECT name FROM units WHERE id = k.entity_id)
    ELSE '' END,
  CASE k.kind
    WHEN 'meeting' THEN (SELECT place FROM meetings WHERE id = k.entity_id)
    WHEN 'person' THEN (SELECT position FROM people WHERE id = k.entity_id)
    WHEN 'unit' THEN (SELECT short_name FROM units WHERE id = k.entity_id)
    WHEN 'minute' THEN (SELECT content_text FROM minute_sections WHERE id = k.entity_id)
    WHEN 'decision' THEN (SELECT text FROM decisions WHERE id = k.entity_id)
    WHEN 'commitment' THEN (SELECT text FROM commitments WHERE id = k.entity_id)
    WHEN 'update' THEN (SELECT progress_text FROM commitment_updates WHERE id = k.entity_id)
  END
FROM search_keys k ORDER BY k.id`;

/** Drops the index (dropping is far cheaper than deleting 8 M rows from FTS5) and writes it again; returns the rows indexed. */
export function rebuildSearchIndexInWritingOrder(db: Db): number {
  const create = db
    .prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'search_index'")
    .pluck()
    .get() as string | undefined;
  if (!create) throw new Error('search_index tidak ada: skema arsip tidak dikenal.');
  // Its settings (migration 0003's rank) go with it and are put back.
  const settings = db.prepare("SELECT k, v FROM search_index_config WHERE k <> 'version'").all() as Array<{
    k: string;
    v: unknown;
  }>;
  db.exec('DROP TABLE search_index');
  db.exec('DELETE FROM search_keys');
  db.exec(create);
  const setting = db.prepare('INSERT INTO search_index (search_index, rank) VALUES (?, ?)');
  for (const { k, v } of settings) setting.run(k, v);
  db.exec(KEYS_IN_WRITING_ORDER);
  return db.prepare(TEXT_IN_ROWID_ORDER).run().changes;
}

/** FTS5's own check of the index against its content. */
export function searchIndexSound(db: Db): boolean {
  try {
    db.exec("INSERT INTO search_index (search_index) VALUES ('integrity-check')");
    return true;
  } catch {
    return false;
  }
}
