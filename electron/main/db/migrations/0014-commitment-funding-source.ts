import type { Migration } from './index';

/*
 * A commitment's Sumber dana (APBD, APBN, DAK, …), printed in the Matriks Tindak Lanjut's
 * Keterangan. Free text: offices name their funds differently (DBHCHT, BLUD, hibah), so no
 * CHECK. Existing commitments say nothing about it ('').
 */
const SQL = `
ALTER TABLE commitments ADD COLUMN funding_source TEXT NOT NULL DEFAULT '';
`;

export const migration0014: Migration = {
  version: 14,
  name: '0014-commitment-funding-source',
  up: (db) => db.exec(SQL),
};
