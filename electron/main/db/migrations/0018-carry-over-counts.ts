import type { Migration } from './index';

/*
 * The open counts of a meeting's "Tindak lanjut hasil rapat sebelumnya" (issue 17).
 *
 * The meeting's Tindak Lanjut tab says how many carried items are open and how many of them
 * are late before she pages through them. Counting them from the owners walked every
 * commitment of every earlier meeting of the series (4,053 open owners among ~19,000 at scale 1
 * for the newest meeting). follow_up_meeting_counts holds, per origin meeting and due date
 * ('' = none), the open owners (BELUM, PROSES) of its live commitments, kept by triggers in the
 * same transaction as each change, as migration 0015 keeps the per-OPD counts. The tab sums the
 * rows of the earlier meetings of the series: a row per meeting and due date that has open
 * owners, never a commitment. "Late" depends on the meeting's date, so it is not stored.
 *
 * The meeting's own deleted_at is not counted in (the reader joins the live meetings), so
 * deleting and restoring a meeting moves nothing; a meeting deleted for good takes its rows.
 * A commitment deleted for good is counted off in BEFORE DELETE while it still exists (the
 * cascaded owner deletes then find no commitment and do nothing). Each trigger states the
 * owners it moves as one SELECT of (meeting_id, status, due_date) and applies it with a sign.
 * db/followUpCounters.ts compares the table with its plain definition and rebuilds it;
 * tests/main/db/followUpCounters.test.ts holds it equal under random writes.
 */

const OPEN = `('BELUM', 'PROSES')`;

function apply(sign: '1' | '-1', owners: string): string {
  return `
  INSERT INTO follow_up_meeting_counts (meeting_id, due_date, open)
    SELECT meeting_id, due_date, (${sign}) * count(*) FROM (${owners})
    WHERE status IN ${OPEN} GROUP BY meeting_id, due_date
    ON CONFLICT (meeting_id, due_date) DO UPDATE SET open = open + excluded.open;
  DELETE FROM follow_up_meeting_counts WHERE open = 0
    AND (meeting_id, due_date) IN (SELECT meeting_id, due_date FROM (${owners}));`;
}

/** One owner row (NEW or OLD) with its commitment's meeting and due date, if the commitment is live. */
const oneOwner = (row: 'NEW' | 'OLD') => `SELECT c.meeting_id AS meeting_id, ${row}.status AS status,
    coalesce(c.due_date, '') AS due_date
  FROM commitments c JOIN meetings m ON m.id = c.meeting_id
  WHERE c.id = ${row}.commitment_id AND c.deleted_at IS NULL`;

/** The owners of one commitment row (NEW or OLD), as that row says, if it is live and its meeting exists. */
const commitmentOwners = (row: 'NEW' | 'OLD') => `SELECT ${row}.meeting_id AS meeting_id, o.status AS status,
    coalesce(${row}.due_date, '') AS due_date
  FROM commitment_owners o
  WHERE o.commitment_id = ${row}.id AND ${row}.deleted_at IS NULL
    AND EXISTS (SELECT 1 FROM meetings m WHERE m.id = ${row}.meeting_id)`;

/** The plain definition, to fill the table here and for the rebuild (the same text in db/followUpCounters.ts). */
const FILL = `
INSERT INTO follow_up_meeting_counts (meeting_id, due_date, open)
  SELECT c.meeting_id, coalesce(c.due_date, ''), count(*)
  FROM commitment_owners o JOIN commitments c ON c.id = o.commitment_id JOIN meetings m ON m.id = c.meeting_id
  WHERE c.deleted_at IS NULL AND o.status IN ${OPEN}
  GROUP BY c.meeting_id, coalesce(c.due_date, '');
`;

const SQL = `
CREATE TABLE follow_up_meeting_counts (
  meeting_id TEXT NOT NULL,
  due_date TEXT NOT NULL,
  open INTEGER NOT NULL,
  PRIMARY KEY (meeting_id, due_date)
) STRICT;

${FILL}

CREATE TRIGGER follow_up_meeting_counts_owner_insert AFTER INSERT ON commitment_owners BEGIN
  ${apply('1', oneOwner('NEW'))}
END;

CREATE TRIGGER follow_up_meeting_counts_owner_delete AFTER DELETE ON commitment_owners BEGIN
  ${apply('-1', oneOwner('OLD'))}
END;

CREATE TRIGGER follow_up_meeting_counts_owner_update AFTER UPDATE OF status, commitment_id ON commitment_owners
WHEN OLD.status IS NOT NEW.status OR OLD.commitment_id IS NOT NEW.commitment_id
BEGIN
  ${apply('-1', oneOwner('OLD'))}
  ${apply('1', oneOwner('NEW'))}
END;

CREATE TRIGGER follow_up_meeting_counts_commitment_update AFTER UPDATE OF deleted_at, meeting_id, due_date ON commitments
WHEN OLD.deleted_at IS NOT NEW.deleted_at OR OLD.meeting_id IS NOT NEW.meeting_id OR OLD.due_date IS NOT NEW.due_date
BEGIN
  ${apply('-1', commitmentOwners('OLD'))}
  ${apply('1', commitmentOwners('NEW'))}
END;

CREATE TRIGGER follow_up_meeting_counts_commitment_delete BEFORE DELETE ON commitments BEGIN
  ${apply('-1', commitmentOwners('OLD'))}
END;

CREATE TRIGGER follow_up_meeting_counts_meeting_delete AFTER DELETE ON meetings BEGIN
  DELETE FROM follow_up_meeting_counts WHERE meeting_id = OLD.id;
END;
`;

export const migration0018: Migration = {
  version: 18,
  name: '0018-carry-over-counts',
  up: (db) => db.exec(SQL),
};
