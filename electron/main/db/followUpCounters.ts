import type Database from 'better-sqlite3';

/** Open owner statuses (shared/domain/followUp.ts OPEN_STATUSES), as migration 0015's triggers count them. */
const OPEN_STATUSES_SQL = "('BELUM', 'PROSES')";

/*
 * The follow-up counters of migration 0015 (follow_up_unit_counts, follow_up_due_counts,
 * follow_up_open_commitments) and 0021 (follow_up_open_owners, the carry-over's open owners),
 * kept by triggers. Here: their plain definition over the owners of live commitments, a
 * comparison of the kept tables with it, and a rebuild from it. In db/ rather than
 * repositories/ because the start-up check's worker (integrity.ts) compares them on its own
 * read-only connection, off the first screen's path; a drift found there is repaired by
 * services/appDataStartup.ts once the file is known sound.
 */

const LIVE_OWNERS = `FROM commitment_owners o JOIN commitments c ON c.id = o.commitment_id JOIN meetings m ON m.id = c.meeting_id
  WHERE c.deleted_at IS NULL AND m.deleted_at IS NULL`;

/** Per OPD, as follow_up_unit_counts holds them (OPD with no live owner have no row or a zero row). */
export const PLAIN_UNIT_COUNTS_SQL = `SELECT o.unit_id, sum(o.status IN ${OPEN_STATUSES_SQL}) AS open,
    sum(o.status IN ${OPEN_STATUSES_SQL} AND c.due_date IS NULL) AS open_undated,
    sum(o.status = 'SELESAI') AS done, sum(o.status = 'TIDAK_DAPAT') AS cannot
  ${LIVE_OWNERS} GROUP BY o.unit_id`;

/** Per OPD and due date, the open owners, as follow_up_due_counts holds them. */
export const PLAIN_DUE_COUNTS_SQL = `SELECT o.unit_id, c.due_date, count(*) AS open
  ${LIVE_OWNERS} AND o.status IN ${OPEN_STATUSES_SQL} AND c.due_date IS NOT NULL GROUP BY o.unit_id, c.due_date`;

// A zero row and no row say the same (an OPD whose owners were all taken off keeps its row).
const NONZERO = 'open <> 0 OR open_undated <> 0 OR done <> 0 OR cannot <> 0';
const KEPT_UNIT_COUNTS_SQL = `SELECT unit_id, open, open_undated, done, cannot FROM follow_up_unit_counts WHERE ${NONZERO}`;
/** The live commitments open by the list's roll-up, as follow_up_open_commitments holds them. */
export const PLAIN_OPEN_COMMITMENTS_SQL = `SELECT c.id AS commitment_id, c.due_date
  FROM commitments c JOIN meetings m ON m.id = c.meeting_id
  WHERE c.deleted_at IS NULL AND m.deleted_at IS NULL
    AND (EXISTS (SELECT 1 FROM commitment_owners o WHERE o.commitment_id = c.id AND o.status IN ${OPEN_STATUSES_SQL})
      OR NOT EXISTS (SELECT 1 FROM commitment_owners o WHERE o.commitment_id = c.id))`;

const KEPT_DUE_COUNTS_SQL = 'SELECT unit_id, due_date, open FROM follow_up_due_counts';

/**
 * The open owners of live commitments of live meetings in a series, as follow_up_open_owners
 * (migration 0021, which replaced 0018's per-meeting counts) holds them.
 */
export const PLAIN_OPEN_OWNERS_SQL = `SELECT o.id AS owner_id, m.series_id, m.date AS meeting_date,
    m.created_at AS meeting_created_at, m.id AS meeting_id, c.due_date
  FROM commitment_owners o JOIN commitments c ON c.id = o.commitment_id JOIN meetings m ON m.id = c.meeting_id
  WHERE o.status IN ${OPEN_STATUSES_SQL} AND c.deleted_at IS NULL AND m.deleted_at IS NULL AND m.series_id IS NOT NULL`;

const hasTable = (db: Database.Database, name: string): boolean =>
  (db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table' AND name = ?").get(name) as { n: number })
    .n > 0;

const KEPT_OPEN_OWNERS_SQL = `SELECT owner_id, series_id, meeting_date, meeting_created_at, meeting_id, due_date
  FROM follow_up_open_owners`;

/**
 * Rows of follow_up_open_owners and of its plain definition that the other lacks (a changed row
 * counts twice); 0 on a file older than 0021. Each side read once and sorted (EXCEPT): compared
 * row by row through a join, the plain side was read again for each kept row (5 minutes at scale 1).
 */
function openOwnerDrift(db: Database.Database): number {
  if (!hasTable(db, 'follow_up_open_owners')) return 0;
  const drift = db
    .prepare(
      `WITH p AS MATERIALIZED (${PLAIN_OPEN_OWNERS_SQL}), k AS MATERIALIZED (${KEPT_OPEN_OWNERS_SQL})
       SELECT (SELECT count(*) FROM (SELECT * FROM k EXCEPT SELECT * FROM p))
         + (SELECT count(*) FROM (SELECT * FROM p EXCEPT SELECT * FROM k)) AS n`,
    )
    .get() as { n: number };
  return drift.n;
}

/**
 * Rows of the kept tables that differ from the plain definition (both ways); 0 when they
 * agree, null on a file older than migration 0015 (nothing kept yet).
 */
export function followUpCounterDrift(db: Database.Database): number | null {
  if (!hasTable(db, 'follow_up_due_counts')) return null;
  // One pass of each plain query (the start-up worker runs this on the whole archive).
  const unitDrift = db
    .prepare(
      `SELECT count(*) AS n FROM (${KEPT_UNIT_COUNTS_SQL}) k FULL JOIN (SELECT * FROM (${PLAIN_UNIT_COUNTS_SQL}) WHERE ${NONZERO}) p USING (unit_id)
       WHERE k.open IS NOT p.open OR k.open_undated IS NOT p.open_undated OR k.done IS NOT p.done
         OR k.cannot IS NOT p.cannot`,
    )
    .get() as { n: number };
  const dueDrift = db
    .prepare(
      `SELECT count(*) AS n FROM (${KEPT_DUE_COUNTS_SQL}) k FULL JOIN (${PLAIN_DUE_COUNTS_SQL}) p USING (unit_id, due_date)
       WHERE k.open IS NOT p.open`,
    )
    .get() as { n: number };
  const openDrift = db
    .prepare(
      `SELECT count(*) AS n FROM follow_up_open_commitments k
         FULL JOIN (${PLAIN_OPEN_COMMITMENTS_SQL}) p USING (commitment_id)
       WHERE k.commitment_id IS NULL OR p.commitment_id IS NULL OR k.due_date IS NOT p.due_date`,
    )
    .get() as { n: number };
  return unitDrift.n + dueDrift.n + openDrift.n + openOwnerDrift(db);
}

/** Every kept table again from the plain definition, in one transaction. */
export function rebuildFollowUpCounters(db: Database.Database): void {
  db.transaction(() => {
    db.exec(
      'DELETE FROM follow_up_unit_counts; DELETE FROM follow_up_due_counts; DELETE FROM follow_up_open_commitments;',
    );
    db.exec(`INSERT INTO follow_up_unit_counts (unit_id, open, open_undated, done, cannot) ${PLAIN_UNIT_COUNTS_SQL}`);
    db.exec(`INSERT INTO follow_up_due_counts (unit_id, due_date, open) ${PLAIN_DUE_COUNTS_SQL}`);
    db.exec(`INSERT INTO follow_up_open_commitments (commitment_id, due_date) ${PLAIN_OPEN_COMMITMENTS_SQL}`);
    if (hasTable(db, 'follow_up_open_owners'))
      db.exec(
        `DELETE FROM follow_up_open_owners;
         INSERT INTO follow_up_open_owners (owner_id, series_id, meeting_date, meeting_created_at, meeting_id, due_date)
           ${PLAIN_OPEN_OWNERS_SQL}`,
      );
  })();
}
