import type { Migration } from './index';

/*
 * Fills and maintains the full-text index of 0001 (issue 8). Triggers, not the
 * repositories, keep it in step, because several repositories write these
 * tables and a trigger runs inside whatever transaction made the change.
 *
 * The FTS table holds only the text (title, body). search_keys says what each
 * indexed row is (kind, entity, meeting) under a stable INTEGER id that is the
 * FTS rowid: a trigger finds the row to replace by key instead of scanning the
 * index, and a query reads the kind of thousands of candidates without loading
 * their text (FTS5 reads a whole content row for any column, UNINDEXED ones
 * included). INTEGER PRIMARY KEY also survives VACUUM and the backup copies,
 * unlike the hidden rowid of our TEXT-keyed tables.
 *
 * The index holds live rows only (deleted_at IS NULL). Children of a deleted
 * meeting or commitment stay indexed and the query hides them, so deleting or
 * restoring a meeting does not rewrite thousands of index rows.
 */

type Source = Readonly<{
  table: string;
  kind: string;
  /** Columns whose change must re-index the row. */
  columns: ReadonlyArray<string>;
  softDelete: boolean;
  meetingId: (row: string) => string;
  title: (row: string) => string;
  body: (row: string) => string;
}>;

/** A meeting's own text (typed minutes, a decision, a commitment): indexed under that meeting, no title. */
function meetingText(table: string, kind: string, column: string, softDelete: boolean): Source {
  return {
    table,
    kind,
    columns: [column, 'meeting_id', ...(softDelete ? ['deleted_at'] : [])],
    softDelete,
    meetingId: (r) => `${r}.meeting_id`,
    title: () => `''`,
    body: (r) => `${r}.${column}`,
  };
}

/** An official or an OPD: found by its name and `column`, under no meeting. */
function masterRecord(table: string, kind: string, column: string): Source {
  return {
    table,
    kind,
    columns: ['name', column, 'deleted_at'],
    softDelete: true,
    meetingId: () => 'NULL',
    title: (r) => `${r}.name`,
    body: (r) => `${r}.${column}`,
  };
}

const SOURCES: ReadonlyArray<Source> = [
  meetingText('minute_sections', 'minute', 'content_text', false),
  meetingText('decisions', 'decision', 'text', true),
  meetingText('commitments', 'commitment', 'text', true),
  {
    table: 'commitment_updates',
    kind: 'update',
    columns: ['progress_text', 'owner_id'],
    softDelete: false,
    // The meeting where the commitment was made: that is where she opens it.
    meetingId: (r) =>
      `(SELECT c.meeting_id FROM commitment_owners o JOIN commitments c ON c.id = o.commitment_id WHERE o.id = ${r}.owner_id)`,
    title: () => `''`,
    body: (r) => `${r}.progress_text`,
  },
  {
    table: 'meetings',
    kind: 'meeting',
    columns: ['title', 'place', 'deleted_at'],
    softDelete: true,
    meetingId: (r) => `${r}.id`,
    title: (r) => `${r}.title`,
    body: (r) => `${r}.place`,
  },
  masterRecord('people', 'person', 'position'),
  masterRecord('units', 'unit', 'short_name'),
];

/** Whether the row belongs in the index: live and with something to find. */
function indexable(source: Source, row: string): string {
  const live = source.softDelete ? `${row}.deleted_at IS NULL AND ` : '';
  return `${live}(${source.title(row)} <> '' OR ${source.body(row)} <> '')`;
}

function forget(source: Source, id: string): string {
  return `
  DELETE FROM search_index WHERE rowid = (SELECT id FROM search_keys WHERE kind = '${source.kind}' AND entity_id = ${id});
  DELETE FROM search_keys WHERE kind = '${source.kind}' AND entity_id = ${id};`;
}

function remember(source: Source, row: string, from: string): string {
  const key = `k.kind = '${source.kind}' AND k.entity_id = ${row}.id`;
  return `
  INSERT INTO search_keys (kind, entity_id, meeting_id)
    SELECT '${source.kind}', ${row}.id, ${source.meetingId(row)} ${from} WHERE ${indexable(source, row)};
  INSERT INTO search_index (rowid, title, body)
    SELECT k.id, ${source.title(row)}, ${source.body(row)}
    ${from ? `${from} JOIN search_keys k ON ${key}` : `FROM search_keys k WHERE ${key}`};`;
}

/* Insert and update first forget the row, so REPLACE and upserts cannot leave a stale twin behind. */
function triggers(source: Source): string {
  const name = `search_${source.table}`;
  return `
CREATE TRIGGER ${name}_ai AFTER INSERT ON ${source.table} BEGIN${forget(source, 'NEW.id')}${remember(source, 'NEW', '')}
END;
CREATE TRIGGER ${name}_au AFTER UPDATE OF id, ${source.columns.join(', ')} ON ${source.table} BEGIN${forget(source, 'OLD.id')}${remember(source, 'NEW', '')}
END;
CREATE TRIGGER ${name}_ad AFTER DELETE ON ${source.table} BEGIN${forget(source, 'OLD.id')}
END;`;
}

/** Rows that existed before this migration. */
function backfill(source: Source): string {
  return remember(source, 'src', `FROM ${source.table} src`);
}

const SQL = `
DROP TABLE search_index;
CREATE VIRTUAL TABLE search_index USING fts5 (
  title,
  body,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);
-- Names and titles weigh more than a word somewhere in a long passage.
INSERT INTO search_index (search_index, rank) VALUES ('rank', 'bm25(3.0, 1.0)');
CREATE TABLE search_keys (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  meeting_id TEXT,
  UNIQUE (kind, entity_id)
) STRICT;
${SOURCES.map(triggers).join('\n')}
${SOURCES.map(backfill).join('\n')}
`;

export const migration0003: Migration = {
  version: 3,
  name: '0003-search-index',
  up: (db) => db.exec(SQL),
};
