import type { Migration } from './index';

/*
 * Saved OPD groups ("Kelompok OPD", issue 16 part 4 and issue 19 part 4): a name and its units in
 * the order she chose, picked in one go as the owners of a commitment or as the invited of a
 * meeting. Members refer to units; a unit that is later deleted or deactivated is left out when
 * a group is read, so a group never blocks the unit's own life cycle.
 */
const SQL = `
CREATE TABLE unit_groups (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER
) STRICT;

CREATE UNIQUE INDEX unit_groups_live_name ON unit_groups (name COLLATE NOCASE) WHERE deleted_at IS NULL;

CREATE TABLE unit_group_members (
  group_id TEXT NOT NULL REFERENCES unit_groups (id),
  unit_id TEXT NOT NULL REFERENCES units (id),
  position INTEGER NOT NULL,
  PRIMARY KEY (group_id, unit_id)
) STRICT;
`;

export const migration0010: Migration = {
  version: 10,
  name: '0010-unit-groups',
  up: (db) => db.exec(SQL),
};
