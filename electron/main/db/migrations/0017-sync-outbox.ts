import type { Migration } from './index';

/*
 * Issue 20: the shared registry on Risalah Server. Every change of a synced row is queued in
 * sync_outbox by triggers, in the same transaction as the write, so no write path (a
 * repository, an import, a restore written by an older app's code) and no crash between the
 * write and the queue can lose one. The outbox holds (entity, id) only, once per row: the push
 * reads the row as it is then, so ten edits of a commitment cost one change, and a row gone
 * from its table is sent as a tombstone.
 *
 * What syncs (the protocol's registry): master data always; a meeting, its commitments, their
 * owners and progress reports only once the meeting has an approved version (a row in
 * documents). Approving a version queues the whole meeting (documents_sync_ai below), so
 * drafts never leave the computer.
 *
 * The triggers stand aside
 * - before sync was ever configured (sync_state.tracking is not 1): the first configuration
 *   queues everything that exists, once (repositories/syncOutboxRepository.ts);
 * - while pulled changes are applied (a row in sync_applying, set and emptied inside the
 *   apply transaction as 0009's search_bulk is), so a pulled change never echoes back.
 *
 * sync_rows keeps the server sequence each row was last seen at (the push's base_seq);
 * sync_conflicts what the server told her (her change overwritten, or refused);
 * sync_parked pulled rows whose parent arrives on a later page.
 */

const ACTIVE = `(SELECT tracking FROM sync_state WHERE id = 1) = 1 AND NOT EXISTS (SELECT 1 FROM sync_applying)`;

/* A row queued again while a push is in flight gets a new version: the push then removes only the version it sent. */
const AGAIN = 'ON CONFLICT (entity, row_id) DO UPDATE SET version = version + 1';
const enqueue = (entity: string, id: string) =>
  `INSERT INTO sync_outbox (entity, row_id) VALUES ('${entity}', ${id}) ${AGAIN};`;

type Watch = Readonly<{ table: string; when?: (row: 'NEW' | 'OLD') => string; events: ReadonlyArray<string> }>;

const approvedMeeting = (meetingId: string) => `EXISTS (SELECT 1 FROM documents d WHERE d.meeting_id = ${meetingId})`;
const approvedCommitment = (commitmentId: string) =>
  `EXISTS (SELECT 1 FROM commitments c JOIN documents d ON d.meeting_id = c.meeting_id WHERE c.id = ${commitmentId})`;
const approvedOwner = (ownerId: string) =>
  `EXISTS (SELECT 1 FROM commitment_owners o JOIN commitments c ON c.id = o.commitment_id
     JOIN documents d ON d.meeting_id = c.meeting_id WHERE o.id = ${ownerId})`;

const WATCHED: ReadonlyArray<Watch> = [
  { table: 'units', events: ['INSERT', 'UPDATE', 'DELETE'] },
  { table: 'people', events: ['INSERT', 'UPDATE', 'DELETE'] },
  { table: 'series', events: ['INSERT', 'UPDATE', 'DELETE'] },
  { table: 'meetings', events: ['INSERT', 'UPDATE', 'DELETE'], when: (row) => approvedMeeting(`${row}.id`) },
  { table: 'documents', events: ['UPDATE'] },
  { table: 'commitments', events: ['INSERT', 'UPDATE', 'DELETE'], when: (row) => approvedMeeting(`${row}.meeting_id`) },
  {
    table: 'commitment_owners',
    events: ['INSERT', 'UPDATE', 'DELETE'],
    when: (row) => approvedCommitment(`${row}.commitment_id`),
  },
  // Append-only on the server: a report is never deleted there, so a local delete is not queued.
  { table: 'commitment_updates', events: ['INSERT', 'UPDATE'], when: (row) => approvedOwner(`${row}.owner_id`) },
];

/*
 * A master-data import's rows were queued when its slices wrote them hidden; publishing them
 * (0009's search_bulk held) flips tens of thousands at once and must stay short: not queued again.
 */
const PUBLISHED_BY_IMPORT = new Set(['units', 'people']);

function triggerSql(watch: Watch, event: string): string {
  const row = event === 'DELETE' ? 'OLD' : 'NEW';
  const publish =
    event === 'UPDATE' && PUBLISHED_BY_IMPORT.has(watch.table) ? ' AND NOT EXISTS (SELECT 1 FROM search_bulk)' : '';
  const when = `${watch.when ? ` AND ${watch.when(row)}` : ''}${publish}`;
  return `CREATE TRIGGER sync_${watch.table}_${event.toLowerCase()} AFTER ${event} ON ${watch.table}
  WHEN ${ACTIVE}${when} BEGIN
  ${enqueue(watch.table, `${row}.id`)}
END;`;
}

/** Approval makes a meeting part of the registry: it goes with its commitments, owners and reports. */
const DOCUMENT_INSERT = `CREATE TRIGGER sync_documents_insert AFTER INSERT ON documents WHEN ${ACTIVE} BEGIN
  ${enqueue('documents', 'NEW.id')}
  ${enqueue('meetings', 'NEW.meeting_id')}
  INSERT INTO sync_outbox (entity, row_id) SELECT 'commitments', id FROM commitments WHERE meeting_id = NEW.meeting_id
    ${AGAIN};
  INSERT INTO sync_outbox (entity, row_id) SELECT 'commitment_owners', o.id FROM commitment_owners o
    JOIN commitments c ON c.id = o.commitment_id WHERE c.meeting_id = NEW.meeting_id
    ${AGAIN};
  INSERT INTO sync_outbox (entity, row_id) SELECT 'commitment_updates', u.id FROM commitment_updates u
    JOIN commitment_owners o ON o.id = u.owner_id JOIN commitments c ON c.id = o.commitment_id
    WHERE c.meeting_id = NEW.meeting_id
    ${AGAIN};
END;`;

const TABLES = `
CREATE TABLE sync_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  tracking INTEGER NOT NULL DEFAULT 0,
  server_url TEXT NOT NULL DEFAULT '',
  username TEXT NOT NULL DEFAULT '',
  account_json TEXT,
  last_seq INTEGER NOT NULL DEFAULT 0,
  last_sync_at INTEGER,
  last_error TEXT,
  updated_at INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE sync_outbox (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  entity TEXT NOT NULL,
  row_id TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  attempts INTEGER NOT NULL DEFAULT 0,
  -- Parents first (the protocol's order), as an indexed column: the push pages through a
  -- whole registry (a million rows at the first link) without sorting it for every batch.
  rank INTEGER GENERATED ALWAYS AS (CASE entity WHEN 'units' THEN 0 WHEN 'people' THEN 1 WHEN 'series' THEN 2
    WHEN 'meetings' THEN 3 WHEN 'documents' THEN 4 WHEN 'commitments' THEN 5 WHEN 'commitment_owners' THEN 6
    ELSE 7 END) VIRTUAL,
  UNIQUE (entity, row_id)
) STRICT;
CREATE INDEX sync_outbox_order ON sync_outbox (rank, seq);

CREATE TABLE sync_applying (active INTEGER NOT NULL) STRICT;

CREATE TABLE sync_rows (
  entity TEXT NOT NULL,
  row_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  PRIMARY KEY (entity, row_id)
) STRICT;

CREATE TABLE sync_conflicts (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('conflict', 'refused')),
  entity TEXT NOT NULL,
  row_id TEXT NOT NULL,
  label TEXT NOT NULL DEFAULT '',
  other_by TEXT NOT NULL DEFAULT '',
  seq INTEGER,
  message TEXT NOT NULL DEFAULT '',
  lost_row_json TEXT
) STRICT;

CREATE TABLE sync_parked (
  entity TEXT NOT NULL,
  row_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  change_json TEXT NOT NULL,
  PRIMARY KEY (entity, row_id)
) STRICT;
`;

export const migration0017: Migration = {
  version: 17,
  name: '0017-sync-outbox',
  up: (db) => {
    db.exec(TABLES);
    for (const watch of WATCHED) for (const event of watch.events) db.exec(triggerSql(watch, event));
    db.exec(DOCUMENT_INSERT);
  },
};
