-- Risalah Server schema 1: the shared registry, accounts, sessions and the audit trail.
-- Registry tables carry the desktop's SQLite columns under the same names (INTEGER -> bigint,
-- TEXT -> text), plus seq (from the one server-wide sequence), updated_by, created_by (the
-- account that first pushed the row: who may edit it) and deleted (a tombstone keeps its row).

CREATE SEQUENCE registry_seq AS bigint;

CREATE TABLE accounts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username text NOT NULL UNIQUE CHECK (username = lower(username) AND length(username) BETWEEN 3 AND 64),
  display_name text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'secretary', 'opd')),
  unit_id text,
  password_hash text NOT NULL,
  disabled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((role = 'opd') = (unit_id IS NOT NULL))
);

CREATE TABLE sessions (
  token_hash bytea PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  absolute_expiry timestamptz NOT NULL
);
CREATE INDEX sessions_account ON sessions (account_id);

CREATE TABLE login_attempts (
  id bigserial PRIMARY KEY,
  username text NOT NULL,
  ip text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  success boolean NOT NULL
);
CREATE INDEX login_attempts_username ON login_attempts (username, at);
CREATE INDEX login_attempts_ip ON login_attempts (ip, at);

CREATE TABLE audit (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  account_id uuid REFERENCES accounts (id) ON DELETE SET NULL,
  username text NOT NULL,
  action text NOT NULL,
  entity text,
  entity_id text,
  seq bigint,
  detail jsonb
);
CREATE INDEX audit_entity ON audit (entity, entity_id);

CREATE TABLE units (
  id text PRIMARY KEY,
  code text,
  name text NOT NULL,
  short_name text NOT NULL,
  kind text NOT NULL,
  active bigint NOT NULL,
  created_at bigint NOT NULL,
  updated_at bigint NOT NULL,
  deleted_at bigint,
  seq bigint NOT NULL UNIQUE,
  updated_by uuid NOT NULL REFERENCES accounts (id),
  created_by uuid NOT NULL REFERENCES accounts (id),
  deleted boolean NOT NULL DEFAULT false
);

ALTER TABLE accounts ADD FOREIGN KEY (unit_id) REFERENCES units (id);

CREATE TABLE people (
  id text PRIMARY KEY,
  name text NOT NULL,
  nip text,
  rank_code text,
  position text NOT NULL,
  unit_id text REFERENCES units (id),
  phone text NOT NULL,
  email text NOT NULL,
  is_political bigint NOT NULL,
  active bigint NOT NULL,
  created_at bigint NOT NULL,
  updated_at bigint NOT NULL,
  deleted_at bigint,
  seq bigint NOT NULL UNIQUE,
  updated_by uuid NOT NULL REFERENCES accounts (id),
  created_by uuid NOT NULL REFERENCES accounts (id),
  deleted boolean NOT NULL DEFAULT false
);

CREATE TABLE series (
  id text PRIMARY KEY,
  title text NOT NULL,
  cadence_months bigint NOT NULL,
  defaults_json text NOT NULL,
  active bigint NOT NULL,
  created_at bigint NOT NULL,
  updated_at bigint NOT NULL,
  deleted_at bigint,
  seq bigint NOT NULL UNIQUE,
  updated_by uuid NOT NULL REFERENCES accounts (id),
  created_by uuid NOT NULL REFERENCES accounts (id),
  deleted boolean NOT NULL DEFAULT false
);

CREATE TABLE meetings (
  id text PRIMARY KEY,
  series_id text REFERENCES series (id),
  kind text NOT NULL,
  title text NOT NULL,
  date text NOT NULL,
  call_time text,
  start_time text,
  end_time text,
  time_zone text NOT NULL,
  place text NOT NULL,
  invitation_number text NOT NULL,
  chair_person_id text REFERENCES people (id),
  chair_acting text NOT NULL,
  secretary_person_id text REFERENCES people (id),
  secretary_acting text NOT NULL,
  notulis_person_id text REFERENCES people (id),
  notulis_acting text NOT NULL,
  status text NOT NULL,
  version bigint NOT NULL,
  created_at bigint NOT NULL,
  updated_at bigint NOT NULL,
  deleted_at bigint,
  invitation_date text,
  sifat text NOT NULL,
  seq bigint NOT NULL UNIQUE,
  updated_by uuid NOT NULL REFERENCES accounts (id),
  created_by uuid NOT NULL REFERENCES accounts (id),
  deleted boolean NOT NULL DEFAULT false
);

CREATE TABLE documents (
  id text PRIMARY KEY,
  meeting_id text NOT NULL REFERENCES meetings (id),
  version bigint NOT NULL,
  canonical_json text NOT NULL,
  sha256 text NOT NULL,
  approved_at bigint NOT NULL,
  approved_by text NOT NULL,
  created_at bigint NOT NULL,
  verification_code text,
  seq bigint NOT NULL UNIQUE,
  updated_by uuid NOT NULL REFERENCES accounts (id),
  created_by uuid NOT NULL REFERENCES accounts (id),
  deleted boolean NOT NULL DEFAULT false
);
CREATE INDEX documents_meeting ON documents (meeting_id, version);

CREATE TABLE commitments (
  id text PRIMARY KEY,
  meeting_id text NOT NULL REFERENCES meetings (id),
  -- Agenda items are not synced in v1: kept as the desktop sent it, without a key.
  agenda_item_id text,
  text text NOT NULL,
  due_date text,
  program_tag text NOT NULL,
  position bigint NOT NULL,
  created_at bigint NOT NULL,
  updated_at bigint NOT NULL,
  deleted_at bigint,
  funding_source text NOT NULL,
  seq bigint NOT NULL UNIQUE,
  updated_by uuid NOT NULL REFERENCES accounts (id),
  created_by uuid NOT NULL REFERENCES accounts (id),
  deleted boolean NOT NULL DEFAULT false
);
CREATE INDEX commitments_meeting ON commitments (meeting_id);

CREATE TABLE commitment_owners (
  id text PRIMARY KEY,
  commitment_id text NOT NULL REFERENCES commitments (id),
  unit_id text NOT NULL REFERENCES units (id),
  status text NOT NULL,
  status_reason text NOT NULL,
  created_at bigint NOT NULL,
  updated_at bigint NOT NULL,
  seq bigint NOT NULL UNIQUE,
  updated_by uuid NOT NULL REFERENCES accounts (id),
  created_by uuid NOT NULL REFERENCES accounts (id),
  deleted boolean NOT NULL DEFAULT false
);
-- The portal's list: one OPD's owners by status.
CREATE INDEX commitment_owners_unit_status ON commitment_owners (unit_id, status);
CREATE INDEX commitment_owners_commitment ON commitment_owners (commitment_id);

CREATE TABLE commitment_updates (
  id text PRIMARY KEY,
  owner_id text NOT NULL REFERENCES commitment_owners (id),
  reported_on text NOT NULL,
  status text NOT NULL,
  progress_text text NOT NULL,
  percent bigint,
  evidence_json text NOT NULL,
  -- The meeting where it was reported may be a draft the server never receives: no key.
  meeting_id text,
  created_at bigint NOT NULL,
  updated_at bigint NOT NULL,
  status_reason text NOT NULL,
  seq bigint NOT NULL UNIQUE,
  updated_by uuid NOT NULL REFERENCES accounts (id),
  created_by uuid NOT NULL REFERENCES accounts (id),
  deleted boolean NOT NULL DEFAULT false
);
CREATE INDEX commitment_updates_owner ON commitment_updates (owner_id, reported_on);

CREATE TABLE sync_conflicts (
  id bigserial PRIMARY KEY,
  entity text NOT NULL,
  entity_id text NOT NULL,
  lost_row json,
  lost_by uuid REFERENCES accounts (id) ON DELETE SET NULL,
  lost_seq bigint NOT NULL,
  won_seq bigint NOT NULL,
  won_by uuid REFERENCES accounts (id) ON DELETE SET NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sync_conflicts_won ON sync_conflicts (entity, entity_id, won_seq);

CREATE TABLE files (
  sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  mime text NOT NULL,
  size integer NOT NULL CHECK (size <= 20971520),
  bytes bytea NOT NULL,
  uploaded_by uuid REFERENCES accounts (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Every account that uploaded these bytes (two OPD may attach the same file): its uploader may read it back.
CREATE TABLE file_uploaders (
  sha256 text NOT NULL REFERENCES files (sha256),
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  PRIMARY KEY (sha256, account_id)
);

-- Which update cites which evidence file: an OPD account reads a file only through its own unit's updates.
CREATE TABLE file_refs (
  sha256 text NOT NULL REFERENCES files (sha256),
  update_id text NOT NULL REFERENCES commitment_updates (id),
  PRIMARY KEY (sha256, update_id)
);
