import type { Migration } from './index';

/*
 * Issue 16: the office's own Word templates, one per document kind at most. The file itself
 * is kept here (a few hundred kilobytes), so a backup or an archive carries it; `mapping`
 * is what she chose for the `${...}` of other programs (JSON), `report` what the check
 * found at upload. `active` = 0 keeps the file but prints the built-in document. The kinds
 * are listed here, not imported, so this migration never changes with the live vocabulary.
 */
const SQL = `
CREATE TABLE document_templates (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL UNIQUE CHECK (kind IN ('NOTULA', 'DAFTAR_HADIR', 'MATRIKS_TINDAK_LANJUT',
    'LAPORAN_TINDAK_LANJUT', 'PERMINTAAN_LAPORAN', 'SURAT_UNDANGAN')),
  name TEXT NOT NULL,
  bytes BLOB NOT NULL,
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  mapping_json TEXT NOT NULL DEFAULT '{}',
  report_json TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  uploaded_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;
`;

export const migration0011: Migration = {
  version: 11,
  name: '0011-document-templates',
  up: (db) => db.exec(SQL),
};
