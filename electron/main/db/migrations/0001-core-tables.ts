import type { Migration } from './index';

/*
 * The core of ARCHITECTURE §4. Conventions: STRICT tables, TEXT UUID ids made
 * in main, created_at/updated_at INTEGER ms, calendar dates TEXT 'YYYY-MM-DD',
 * wall-clock times TEXT 'HH:mm' read in the meeting's IANA zone, soft deletes
 * on shared entities, enum-like TEXT without CHECK (a CHECK change would need a
 * table rebuild; the allowed values live in shared/domain and zod).
 */
const SQL = `
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value_json TEXT NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

CREATE TABLE units (
  id TEXT PRIMARY KEY,
  code TEXT,
  name TEXT NOT NULL,
  short_name TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL DEFAULT '',
  active INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER
) STRICT;
CREATE INDEX units_name ON units (name);

CREATE TABLE people (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  nip TEXT,
  rank_code TEXT,
  position TEXT NOT NULL DEFAULT '',
  unit_id TEXT REFERENCES units (id) ON DELETE RESTRICT,
  phone TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  is_political INTEGER NOT NULL DEFAULT 0,
  active INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER
) STRICT;
CREATE UNIQUE INDEX people_nip ON people (nip) WHERE nip IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX people_unit ON people (unit_id);

CREATE TABLE series (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  cadence_months INTEGER NOT NULL DEFAULT 2,
  defaults_json TEXT NOT NULL DEFAULT '{}',
  active INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER
) STRICT;

CREATE TABLE meetings (
  id TEXT PRIMARY KEY,
  series_id TEXT REFERENCES series (id) ON DELETE SET NULL,
  kind TEXT NOT NULL DEFAULT 'Rapat',
  title TEXT NOT NULL,
  date TEXT NOT NULL,
  call_time TEXT,
  start_time TEXT,
  end_time TEXT,
  time_zone TEXT NOT NULL DEFAULT 'Asia/Jakarta',
  place TEXT NOT NULL DEFAULT '',
  invitation_ref TEXT NOT NULL DEFAULT '',
  chair_person_id TEXT REFERENCES people (id) ON DELETE RESTRICT,
  chair_acting TEXT NOT NULL DEFAULT '',
  secretary_person_id TEXT REFERENCES people (id) ON DELETE RESTRICT,
  secretary_acting TEXT NOT NULL DEFAULT '',
  notulis_person_id TEXT REFERENCES people (id) ON DELETE RESTRICT,
  notulis_acting TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'DRAF',
  version INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER
) STRICT;
CREATE INDEX meetings_date ON meetings (date DESC) WHERE deleted_at IS NULL;
CREATE INDEX meetings_series ON meetings (series_id, date);

CREATE TABLE attendance (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  person_id TEXT REFERENCES people (id) ON DELETE RESTRICT,
  unit_id TEXT REFERENCES units (id) ON DELETE RESTRICT,
  guest_name TEXT NOT NULL DEFAULT '',
  guest_position TEXT NOT NULL DEFAULT '',
  guest_agency TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'DIUNDANG',
  representative_name TEXT NOT NULL DEFAULT '',
  representative_nip TEXT NOT NULL DEFAULT '',
  representative_position TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  arrival_time TEXT,
  position INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX attendance_meeting ON attendance (meeting_id, position);

CREATE TABLE agenda_items (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  presenter_person_id TEXT REFERENCES people (id) ON DELETE RESTRICT,
  presenter_text TEXT NOT NULL DEFAULT '',
  planned_minutes INTEGER,
  actual_start_at INTEGER,
  actual_end_at INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX agenda_items_meeting ON agenda_items (meeting_id, position);

CREATE TABLE minute_sections (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  agenda_item_id TEXT REFERENCES agenda_items (id) ON DELETE SET NULL,
  position INTEGER NOT NULL,
  content_json TEXT NOT NULL DEFAULT '{"type":"doc","content":[]}',
  content_text TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX minute_sections_meeting ON minute_sections (meeting_id, position);

CREATE TABLE decisions (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  agenda_item_id TEXT REFERENCES agenda_items (id) ON DELETE SET NULL,
  text TEXT NOT NULL,
  position INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER
) STRICT;
CREATE INDEX decisions_meeting ON decisions (meeting_id, position);

CREATE TABLE commitments (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  agenda_item_id TEXT REFERENCES agenda_items (id) ON DELETE SET NULL,
  text TEXT NOT NULL,
  due_date TEXT,
  program_tag TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER
) STRICT;
CREATE INDEX commitments_meeting ON commitments (meeting_id, position);
CREATE INDEX commitments_due ON commitments (due_date) WHERE deleted_at IS NULL;

CREATE TABLE commitment_owners (
  id TEXT PRIMARY KEY,
  commitment_id TEXT NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
  unit_id TEXT NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
  status TEXT NOT NULL DEFAULT 'BELUM',
  status_reason TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  UNIQUE (commitment_id, unit_id)
) STRICT;
CREATE INDEX commitment_owners_unit ON commitment_owners (unit_id, status);

CREATE TABLE commitment_updates (
  id TEXT PRIMARY KEY,
  owner_id TEXT NOT NULL REFERENCES commitment_owners (id) ON DELETE CASCADE,
  reported_on TEXT NOT NULL,
  status TEXT NOT NULL,
  progress_text TEXT NOT NULL DEFAULT '',
  percent INTEGER,
  evidence_json TEXT NOT NULL DEFAULT '[]',
  meeting_id TEXT REFERENCES meetings (id) ON DELETE SET NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX commitment_updates_owner ON commitment_updates (owner_id, reported_on DESC);

CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE RESTRICT,
  version INTEGER NOT NULL,
  canonical_json TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  approved_at INTEGER NOT NULL,
  approved_by TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  UNIQUE (meeting_id, version)
) STRICT;

CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL,
  actor TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  meeting_id TEXT,
  operation TEXT NOT NULL,
  before_json TEXT,
  after_json TEXT
) STRICT;
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE INDEX audit_log_meeting ON audit_log (meeting_id, seq);

CREATE VIRTUAL TABLE search_index USING fts5 (
  kind UNINDEXED,
  entity_id UNINDEXED,
  meeting_id UNINDEXED,
  title,
  body,
  tokenize = 'unicode61 remove_diacritics 2'
);
`;

export const migration0001: Migration = {
  version: 1,
  name: '0001-core-tables',
  up: (db) => db.exec(SQL),
};
