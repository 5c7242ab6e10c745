import type { Migration } from './index';

/*
 * Issue 16: the Surat Undangan's own words per meeting (hal, lampiran, pembuka, penutup,
 * tembusan, the signer and the a.n. line). A row of its own rather than columns of meetings:
 * the letter is written once before the meeting and read only by its form and its document,
 * and a meeting without a row prints the defaults. Texts '' mean "the default".
 */
const SQL = `
CREATE TABLE invitation_letters (
  meeting_id TEXT PRIMARY KEY REFERENCES meetings (id),
  hal TEXT NOT NULL DEFAULT '',
  lampiran TEXT NOT NULL DEFAULT '',
  addressee TEXT NOT NULL DEFAULT '',
  opening TEXT NOT NULL DEFAULT '',
  closing TEXT NOT NULL DEFAULT '',
  tembusan TEXT NOT NULL DEFAULT '',
  signer_person_id TEXT REFERENCES people (id),
  signer_acting TEXT NOT NULL DEFAULT '' CHECK (signer_acting IN ('', 'Plt.', 'Plh.', 'Pj.')),
  on_behalf_of TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;
`;

export const migration0012: Migration = {
  version: 12,
  name: '0012-invitation-letters',
  up: (db) => db.exec(SQL),
};
