import type { Migration } from './index';

/*
 * Follow-up counts that cost what is open, not what is archived (issue 17).
 *
 * The per-OPD dashboard (Beranda, the bell, the Tindak Lanjut cards) read every owner of
 * ten years to count a few open ones. Two small tables now hold what it needs, kept by
 * triggers so that every write path (the repositories, imports, the seed, a restore
 * written by an older app's code) updates them in the same transaction as the change:
 *
 * - follow_up_unit_counts: per OPD, the owners of live commitments (commitment and
 *   meeting not deleted) that are open (BELUM, PROSES), open without a due date, SELESAI
 *   and TIDAK_DAPAT;
 * - follow_up_due_counts: per OPD and due date, the open owners of live commitments.
 *
 * "Late" depends on today, so it is never stored: late = open - undated - open due today
 * or later, and the last term reads only the rows of follow_up_due_counts from today on,
 * a few weeks of dates per OPD however many years lie behind. Due soon is the same range,
 * cut at the reminder horizon. Zero rows are deleted so the table stays the size of what is open.
 *
 * Each trigger states the owners it moves as one SELECT of (unit_id, status, due_date)
 * and applies it with a sign; a hard delete is counted in BEFORE DELETE, while the parent
 * rows still exist (the cascaded owner deletes then find no live commitment and do nothing).
 * repositories/followUpCountersRepository.ts rebuilds both tables from the plain definition
 * and compares them; tests/main/repositories/followUpCounters.test.ts holds them equal under
 * random writes.
 *
 * follow_up_open_commitments holds the live commitments that are open by the list's roll-up (an
 * open owner, or none yet) with their due date: the Tindak Lanjut list's open view pages through
 * its (due date, id) index by keyset and never steps over the settled years.
 */

const OPEN = `('BELUM', 'PROSES')`;

/** The statements that add (sign 1) or take off (sign -1) the owners `owners` selects. */
function apply(sign: '1' | '-1' | string, owners: string): string {
  return `
  INSERT OR IGNORE INTO follow_up_unit_counts (unit_id) SELECT DISTINCT unit_id FROM (${owners});
  UPDATE follow_up_unit_counts AS k SET
    open = k.open + (${sign}) * d.open, open_undated = k.open_undated + (${sign}) * d.open_undated,
    done = k.done + (${sign}) * d.done, cannot = k.cannot + (${sign}) * d.cannot
  FROM (SELECT unit_id, sum(status IN ${OPEN}) AS open, sum(status IN ${OPEN} AND due_date IS NULL) AS open_undated,
      sum(status = 'SELESAI') AS done, sum(status = 'TIDAK_DAPAT') AS cannot
    FROM (${owners}) GROUP BY unit_id) d
  WHERE k.unit_id = d.unit_id;
  INSERT INTO follow_up_due_counts (unit_id, due_date, open)
    SELECT unit_id, due_date, (${sign}) * count(*) FROM (${owners})
    WHERE status IN ${OPEN} AND due_date IS NOT NULL GROUP BY unit_id, due_date
    ON CONFLICT (unit_id, due_date) DO UPDATE SET open = open + excluded.open;
  DELETE FROM follow_up_due_counts WHERE open = 0
    AND (unit_id, due_date) IN (SELECT unit_id, due_date FROM (${owners}) WHERE due_date IS NOT NULL);`;
}

/** Open as the list's roll-up says (shared/domain/followUp.ts rollUpStatus): an open owner, or no owner yet. */
const OPEN_COMMITMENT = `(EXISTS (SELECT 1 FROM commitment_owners o WHERE o.commitment_id = c.id AND o.status IN ${OPEN})
  OR NOT EXISTS (SELECT 1 FROM commitment_owners o WHERE o.commitment_id = c.id))`;

/** The statements that make follow_up_open_commitments right again for the commitments `ids` selects. */
function refreshOpen(ids: string): string {
  return `
  DELETE FROM follow_up_open_commitments WHERE commitment_id IN (${ids});
  INSERT INTO follow_up_open_commitments (commitment_id, due_date)
    SELECT c.id, c.due_date FROM commitments c JOIN meetings m ON m.id = c.meeting_id
    WHERE c.id IN (${ids}) AND c.deleted_at IS NULL AND m.deleted_at IS NULL AND ${OPEN_COMMITMENT};`;
}

/** One owner row (NEW or OLD) with its commitment's due date, if the commitment and its meeting are live. */
const oneOwner = (
  row: 'NEW' | 'OLD',
) => `SELECT ${row}.unit_id AS unit_id, ${row}.status AS status, c.due_date AS due_date
  FROM commitments c JOIN meetings m ON m.id = c.meeting_id
  WHERE c.id = ${row}.commitment_id AND c.deleted_at IS NULL AND m.deleted_at IS NULL`;

/** The owners of one commitment row (NEW or OLD), as that row says, if it and its meeting are live. */
const commitmentOwners = (
  row: 'NEW' | 'OLD',
) => `SELECT o.unit_id AS unit_id, o.status AS status, ${row}.due_date AS due_date
  FROM commitment_owners o
  WHERE o.commitment_id = ${row}.id AND ${row}.deleted_at IS NULL
    AND EXISTS (SELECT 1 FROM meetings m WHERE m.id = ${row}.meeting_id AND m.deleted_at IS NULL)`;

/** The owners of the live commitments of one meeting. */
const meetingOwners = (row: 'NEW' | 'OLD') => `SELECT o.unit_id AS unit_id, o.status AS status, c.due_date AS due_date
  FROM commitments c JOIN commitment_owners o ON o.commitment_id = c.id
  WHERE c.meeting_id = ${row}.id AND c.deleted_at IS NULL`;

/** The plain definition, used to fill the tables here and by the rebuild (same text in the repository). */
const FILL = `
INSERT INTO follow_up_unit_counts (unit_id, open, open_undated, done, cannot)
  SELECT o.unit_id, sum(o.status IN ${OPEN}), sum(o.status IN ${OPEN} AND c.due_date IS NULL),
    sum(o.status = 'SELESAI'), sum(o.status = 'TIDAK_DAPAT')
  FROM commitment_owners o JOIN commitments c ON c.id = o.commitment_id JOIN meetings m ON m.id = c.meeting_id
  WHERE c.deleted_at IS NULL AND m.deleted_at IS NULL
  GROUP BY o.unit_id;
INSERT INTO follow_up_due_counts (unit_id, due_date, open)
  SELECT o.unit_id, c.due_date, count(*)
  FROM commitment_owners o JOIN commitments c ON c.id = o.commitment_id JOIN meetings m ON m.id = c.meeting_id
  WHERE c.deleted_at IS NULL AND m.deleted_at IS NULL AND o.status IN ${OPEN} AND c.due_date IS NOT NULL
  GROUP BY o.unit_id, c.due_date;
INSERT INTO follow_up_open_commitments (commitment_id, due_date)
  SELECT c.id, c.due_date FROM commitments c JOIN meetings m ON m.id = c.meeting_id
  WHERE c.deleted_at IS NULL AND m.deleted_at IS NULL AND ${OPEN_COMMITMENT};
`;

/** When one of `columns` changes, the row's owners leave the counts they were in and join their new ones. */
function recountOnChange(
  name: string,
  table: string,
  columns: ReadonlyArray<string>,
  owners: (row: 'OLD' | 'NEW') => string,
  refreshed: string,
): string {
  return `CREATE TRIGGER ${name} AFTER UPDATE OF ${columns.join(', ')} ON ${table}
WHEN ${columns.map((column) => `OLD.${column} IS NOT NEW.${column}`).join(' OR ')}
BEGIN
  ${apply('-1', owners('OLD'))}
  ${apply('1', owners('NEW'))}
  ${refreshOpen(refreshed)}
END;`;
}

const OWNER_UPDATE = recountOnChange(
  'follow_up_counts_owner_update',
  'commitment_owners',
  ['status', 'unit_id', 'commitment_id'],
  oneOwner,
  'OLD.commitment_id, NEW.commitment_id',
);
const COMMITMENT_UPDATE = recountOnChange(
  'follow_up_counts_commitment_update',
  'commitments',
  ['deleted_at', 'meeting_id', 'due_date'],
  commitmentOwners,
  'NEW.id',
);

const SQL = `
CREATE TABLE follow_up_unit_counts (
  unit_id TEXT PRIMARY KEY REFERENCES units (id) ON DELETE CASCADE,
  open INTEGER NOT NULL DEFAULT 0,
  open_undated INTEGER NOT NULL DEFAULT 0,
  done INTEGER NOT NULL DEFAULT 0,
  cannot INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE follow_up_due_counts (
  unit_id TEXT NOT NULL REFERENCES units (id) ON DELETE CASCADE,
  due_date TEXT NOT NULL,
  open INTEGER NOT NULL,
  PRIMARY KEY (unit_id, due_date)
) STRICT;
CREATE INDEX follow_up_due_counts_due ON follow_up_due_counts (due_date, unit_id, open);

CREATE TABLE follow_up_open_commitments (
  commitment_id TEXT PRIMARY KEY REFERENCES commitments (id) ON DELETE CASCADE,
  due_date TEXT
) STRICT;
CREATE INDEX follow_up_open_commitments_due ON follow_up_open_commitments (due_date, commitment_id);

${FILL}

CREATE TRIGGER follow_up_counts_owner_insert AFTER INSERT ON commitment_owners BEGIN
  ${apply('1', oneOwner('NEW'))}
  ${refreshOpen('NEW.commitment_id')}
END;

CREATE TRIGGER follow_up_counts_owner_delete AFTER DELETE ON commitment_owners BEGIN
  ${apply('-1', oneOwner('OLD'))}
  ${refreshOpen('OLD.commitment_id')}
END;

${OWNER_UPDATE}

${COMMITMENT_UPDATE}

CREATE TRIGGER follow_up_counts_commitment_insert AFTER INSERT ON commitments BEGIN
  ${refreshOpen('NEW.id')}
END;

CREATE TRIGGER follow_up_counts_commitment_delete BEFORE DELETE ON commitments BEGIN
  ${apply('-1', commitmentOwners('OLD'))}
  DELETE FROM follow_up_open_commitments WHERE commitment_id = OLD.id;
END;

CREATE TRIGGER follow_up_counts_meeting_update AFTER UPDATE OF deleted_at ON meetings
WHEN (OLD.deleted_at IS NULL) IS NOT (NEW.deleted_at IS NULL)
BEGIN
  ${apply('CASE WHEN NEW.deleted_at IS NULL THEN 1 ELSE -1 END', meetingOwners('NEW'))}
  ${refreshOpen('SELECT id FROM commitments WHERE meeting_id = NEW.id')}
END;

CREATE TRIGGER follow_up_counts_meeting_delete BEFORE DELETE ON meetings WHEN OLD.deleted_at IS NULL BEGIN
  ${apply('-1', meetingOwners('OLD'))}
  DELETE FROM follow_up_open_commitments
    WHERE commitment_id IN (SELECT id FROM commitments WHERE meeting_id = OLD.id);
END;
`;

export const migration0015: Migration = {
  version: 15,
  name: '0015-follow-up-counters',
  up: (db) => db.exec(SQL),
};
