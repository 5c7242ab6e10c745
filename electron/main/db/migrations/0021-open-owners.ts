import type { Migration } from './index';

/*
 * The open owners of each series, in meeting order (issue 17), for the carry-over of a meeting's
 * Tindak Lanjut tab.
 *
 * Its first page lists the oldest open items of the earlier meetings of the series. Thirty years
 * in, those lie one or two to a meeting, and 0018's counters per meeting could only say which
 * meetings to enter: the page still read every closed owner of each (84 ms at scale 7 against
 * 6.6 ms at scale 1), and the open and late counts summed a row per earlier meeting. This table
 * holds one row per open owner (BELUM, PROSES) of a live commitment of a live meeting in a series,
 * with what orders and counts it: the series, the meeting's date, creation time and id, the due
 * date. The page walks it by its index from the oldest meeting and stops when the page is full;
 * the counts read the series' open owners only, as many at scale 7 as at scale 1. The rest of the
 * printed order (commitment position, OPD name) is read from the rows themselves, so renaming an
 * OPD or moving a commitment changes nothing here.
 *
 * The closed owners the page carries are those reported on since the previous meeting: 0020's
 * index by date now holds the owner too, so those reports are read from the index alone, and the
 * owners still open (nearly all of them) are set aside by this table before the owners are read.
 *
 * Triggers keep it in the same transaction as each change: each one deletes the rows of what it
 * touched and inserts them again from the plain definition restricted to it (an owner, a
 * commitment's owners, a meeting's owners). It replaces 0018's follow_up_meeting_counts, which
 * nothing reads any more. db/followUpCounters.ts compares it with the plain definition and
 * rebuilds it (start-up check, restore, seed replicator); tests/main/db/followUpCounters.test.ts
 * holds it equal under random writes.
 */

const OPEN = `('BELUM', 'PROSES')`;

/*
 * The plain definition, restricted by `where` (the same text in db/followUpCounters.ts). OR REPLACE:
 * a row left by a drift is overwritten rather than failing her save (the start-up check repairs the rest).
 */
const openOwners = (where: string) => `
  INSERT OR REPLACE INTO follow_up_open_owners (owner_id, series_id, meeting_date, meeting_created_at, meeting_id, due_date)
  SELECT o.id, m.series_id, m.date, m.created_at, m.id, c.due_date
  FROM commitment_owners o JOIN commitments c ON c.id = o.commitment_id JOIN meetings m ON m.id = c.meeting_id
  WHERE o.status IN ${OPEN} AND c.deleted_at IS NULL AND m.deleted_at IS NULL AND m.series_id IS NOT NULL
    AND ${where};`;

const ownersOf = (commitment: string) =>
  `DELETE FROM follow_up_open_owners WHERE owner_id IN (SELECT id FROM commitment_owners WHERE commitment_id = ${commitment});`;

// By the index's own prefix, so a meeting's rows are found without an index on meeting_id.
const rowsOfMeeting = (row: 'OLD') => `DELETE FROM follow_up_open_owners
  WHERE series_id = ${row}.series_id AND meeting_date = ${row}.date AND meeting_created_at = ${row}.created_at
    AND meeting_id = ${row}.id;`;

const SQL = `
DROP INDEX commitment_updates_reported;
CREATE INDEX commitment_updates_reported_owner ON commitment_updates (reported_on, owner_id);

DROP TRIGGER follow_up_meeting_counts_owner_insert;
DROP TRIGGER follow_up_meeting_counts_owner_delete;
DROP TRIGGER follow_up_meeting_counts_owner_update;
DROP TRIGGER follow_up_meeting_counts_commitment_update;
DROP TRIGGER follow_up_meeting_counts_commitment_delete;
DROP TRIGGER follow_up_meeting_counts_meeting_delete;
DROP TABLE follow_up_meeting_counts;

CREATE TABLE follow_up_open_owners (
  owner_id TEXT PRIMARY KEY,
  series_id TEXT NOT NULL,
  meeting_date TEXT NOT NULL,
  meeting_created_at INTEGER NOT NULL,
  meeting_id TEXT NOT NULL,
  due_date TEXT
) STRICT, WITHOUT ROWID;

${openOwners('1')}

CREATE INDEX follow_up_open_owners_series
  ON follow_up_open_owners (series_id, meeting_date, meeting_created_at, meeting_id, due_date);

CREATE TRIGGER follow_up_open_owners_owner_insert AFTER INSERT ON commitment_owners BEGIN
  ${openOwners('o.id = NEW.id')}
END;

CREATE TRIGGER follow_up_open_owners_owner_delete AFTER DELETE ON commitment_owners BEGIN
  DELETE FROM follow_up_open_owners WHERE owner_id = OLD.id;
END;

CREATE TRIGGER follow_up_open_owners_owner_update AFTER UPDATE OF id, status, commitment_id ON commitment_owners
WHEN OLD.id IS NOT NEW.id OR OLD.status IS NOT NEW.status OR OLD.commitment_id IS NOT NEW.commitment_id
BEGIN
  DELETE FROM follow_up_open_owners WHERE owner_id = OLD.id;
  ${openOwners('o.id = NEW.id')}
END;

-- Owners written before their commitment (a sync applying rows out of order) are counted when it arrives.
CREATE TRIGGER follow_up_open_owners_commitment_insert AFTER INSERT ON commitments BEGIN
  ${openOwners('o.commitment_id = NEW.id')}
END;

CREATE TRIGGER follow_up_open_owners_commitment_update AFTER UPDATE OF id, deleted_at, meeting_id, due_date ON commitments
WHEN OLD.id IS NOT NEW.id OR OLD.deleted_at IS NOT NEW.deleted_at OR OLD.meeting_id IS NOT NEW.meeting_id
  OR OLD.due_date IS NOT NEW.due_date
BEGIN
  ${ownersOf('OLD.id')}
  ${openOwners('o.commitment_id = NEW.id')}
END;

-- Before: the owners still exist to say which rows were the commitment's (with foreign keys off they would stay).
CREATE TRIGGER follow_up_open_owners_commitment_delete BEFORE DELETE ON commitments BEGIN
  ${ownersOf('OLD.id')}
END;

CREATE TRIGGER follow_up_open_owners_meeting_insert AFTER INSERT ON meetings BEGIN
  ${openOwners('c.meeting_id = NEW.id')}
END;

CREATE TRIGGER follow_up_open_owners_meeting_update AFTER UPDATE OF id, series_id, date, created_at, deleted_at ON meetings
WHEN OLD.id IS NOT NEW.id OR OLD.series_id IS NOT NEW.series_id OR OLD.date IS NOT NEW.date
  OR OLD.created_at IS NOT NEW.created_at OR OLD.deleted_at IS NOT NEW.deleted_at
BEGIN
  ${rowsOfMeeting('OLD')}
  ${openOwners('c.meeting_id = NEW.id')}
END;

CREATE TRIGGER follow_up_open_owners_meeting_delete AFTER DELETE ON meetings BEGIN
  ${rowsOfMeeting('OLD')}
END;
`;

export const migration0021: Migration = {
  version: 21,
  name: '0021-open-owners',
  up: (db) => db.exec(SQL),
};
