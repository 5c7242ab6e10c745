import type { Migration } from './index';

/*
 * Follow-up between meetings (issue 7).
 *
 * carryover_items is the "Tindak lanjut hasil rapat sebelumnya" of one meeting: a
 * snapshot, per responsible OPD, of every open commitment of the earlier meetings of
 * its series, taken when the meeting is first opened. The Notula of that meeting
 * prints these rows, so what it says stays what was true at that meeting however the
 * commitment moves on later. What an OPD reports during the meeting (an update with
 * meeting_id set) is copied into the reported_* columns, again as a snapshot.
 * carryover_snapshots marks that the list was taken, so an empty list is not retaken.
 *
 * commitment_updates.status_reason keeps the reason given with "Tidak Dapat
 * Ditindaklanjuti" in the history, not only on the owner row.
 *
 * Indexes: the dashboard groups owners by unit and status and needs the commitment
 * (due date, deleted) for each; the list rolls owners up per commitment. Both read
 * these covering indexes instead of the table (see tests/bench/followUp.bench.ts); the
 * one on commitments halves the dashboard's time by sparing a row read per owner.
 * The new unit index starts with the columns of 0001's commitment_owners_unit, which
 * it replaces.
 */
const SQL = `
CREATE TABLE carryover_snapshots (
  meeting_id TEXT PRIMARY KEY REFERENCES meetings (id) ON DELETE CASCADE,
  taken_on TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

CREATE TABLE carryover_items (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  commitment_id TEXT NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
  owner_id TEXT NOT NULL REFERENCES commitment_owners (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  status_at_meeting TEXT NOT NULL,
  reason_at_meeting TEXT NOT NULL DEFAULT '',
  progress_at_meeting TEXT NOT NULL DEFAULT '',
  percent_at_meeting INTEGER,
  reported_update_id TEXT REFERENCES commitment_updates (id) ON DELETE SET NULL,
  reported_status TEXT,
  reported_reason TEXT NOT NULL DEFAULT '',
  reported_progress TEXT NOT NULL DEFAULT '',
  reported_percent INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  UNIQUE (meeting_id, owner_id)
) STRICT;
CREATE INDEX carryover_items_meeting ON carryover_items (meeting_id, position);
CREATE INDEX carryover_items_owner ON carryover_items (owner_id);

ALTER TABLE commitment_updates ADD COLUMN status_reason TEXT NOT NULL DEFAULT '';
CREATE INDEX commitment_updates_meeting ON commitment_updates (meeting_id) WHERE meeting_id IS NOT NULL;

DROP INDEX commitment_owners_unit;
CREATE INDEX commitment_owners_unit_status ON commitment_owners (unit_id, status, commitment_id);
CREATE INDEX commitment_owners_commitment_status ON commitment_owners (commitment_id, status, unit_id);
CREATE INDEX commitments_follow_up ON commitments (id, deleted_at, meeting_id, due_date);
`;

export const migration0004: Migration = {
  version: 4,
  name: '0004-follow-up',
  up: (db) => db.exec(SQL),
};
