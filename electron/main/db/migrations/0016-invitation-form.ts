import type { Migration } from './index';

/*
 * Issue 16: a meeting's invitation may be a Nota Dinas (a meeting inside one office) rather
 * than a Surat Undangan. '' follows the instansi's setting, so letters written before this
 * keep printing as they did. The forms are written out, not imported.
 */
const SQL = `
ALTER TABLE invitation_letters ADD COLUMN form TEXT NOT NULL DEFAULT ''
  CHECK (form IN ('', 'SURAT_UNDANGAN', 'NOTA_DINAS'));
`;

export const migration0016: Migration = {
  version: 16,
  name: '0016-invitation-form',
  up: (db) => db.exec(SQL),
};
