import { createHash } from 'node:crypto';
import type { Migration } from './index';

/*
 * Approval, lock and audit (issue 6).
 *
 * approval_steps is the workflow of a meeting's minutes, one row per step of each
 * version: DIAJUKAN (sent to the chair), DIKEMBALIKAN (returned with the chair's
 * notes), DISAHKAN (approved), REVISI (a new version opened, with its reason). The
 * secretary records the chair's decision, so a step keeps whom it names (person id
 * and the name and jabatan as they were that day: people's data changes later), the
 * day and time of the decision in the meeting's zone, and who typed it (recorded_by).
 *
 * documents (0001) keeps each approved version's canonical JSON and SHA-256; the
 * verification code printed in the footer of its exports is derived from them and
 * stored so a typed code is found by index.
 *
 * document_exports keeps the SHA-256 of every file exported from an approved version:
 * an uploaded DOCX or PDF matches only if its bytes are exactly one of these.
 */
const SQL = `
CREATE TABLE approval_steps (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  step TEXT NOT NULL,
  person_id TEXT REFERENCES people (id) ON DELETE RESTRICT,
  person_name TEXT NOT NULL DEFAULT '',
  person_position TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  decided_on TEXT NOT NULL,
  decided_time TEXT,
  recorded_by TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX approval_steps_meeting ON approval_steps (meeting_id, created_at);

ALTER TABLE documents ADD COLUMN verification_code TEXT;
CREATE UNIQUE INDEX documents_verification_code ON documents (verification_code) WHERE verification_code IS NOT NULL;

CREATE TABLE document_exports (
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  format TEXT NOT NULL,
  file_name TEXT NOT NULL,
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  created_at INTEGER NOT NULL
) STRICT;
CREATE INDEX document_exports_sha256 ON document_exports (sha256);
CREATE INDEX document_exports_document ON document_exports (document_id);
`;

export const migration0006: Migration = {
  version: 6,
  name: '0006-approval',
  up: (db) => {
    db.exec(SQL);
    // Versions stored before this migration get their code too.
    const rows = db.prepare('SELECT id, version, sha256 FROM documents').all() as Array<{
      id: string;
      version: number;
      sha256: string;
    }>;
    const setCode = db.prepare('UPDATE documents SET verification_code = ? WHERE id = ?');
    for (const row of rows) setCode.run(codeAsOf0006(row.id, row.version, row.sha256), row.id);
  },
};

/**
 * The verification code as derived when this migration shipped, copied here so that a
 * later change to the live code (services/approval/verificationCode.ts) cannot change
 * what this migration writes. tests/main/db/migration0006.test.ts checks both still agree.
 */
export function codeAsOf0006(documentId: string, version: number, sha256: string): string {
  const digest = createHash('sha256').update(`${documentId}:${version}:${sha256}`).digest();
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let raw = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of digest) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5 && raw.length < 10) {
      raw += alphabet[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    if (raw.length === 10) break;
  }
  return [raw.slice(0, 4), raw.slice(4, 8), raw.slice(8)].join('-');
}
