import type { Migration } from './index';

/*
 * Issue 15: a big master-data import is written in short slices as hidden rows (deleted_at
 * = -1, repositories/masterImportStaging.ts) with their search entries, then published in one
 * short transaction. Publishing flips deleted_at on tens of thousands of rows; the search
 * triggers of 0003 would re-index each one (seconds, during which every save waits). While
 * search_bulk holds a row, the update triggers of units and people stand aside: the publish
 * transaction fills the row, makes the already built entries visible and empties it again,
 * so no other connection ever sees it set.
 */
const TRIGGERS = ['search_people_au', 'search_units_au'];

export const migration0009: Migration = {
  version: 9,
  name: '0009-import-publish',
  up: (db) => {
    db.exec('CREATE TABLE search_bulk (active INTEGER NOT NULL) STRICT;');
    for (const name of TRIGGERS) {
      const row = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?").get(name) as
        { sql: string } | undefined;
      const guarded = row?.sql.replace(/ BEGIN\n/, ' WHEN NOT EXISTS (SELECT 1 FROM search_bulk) BEGIN\n');
      if (!row || guarded === row.sql || !guarded)
        throw new Error(`migration 0009: trigger ${name} not as 0003 made it`);
      db.exec(`DROP TRIGGER ${name};\n${guarded};`);
    }
  },
};
