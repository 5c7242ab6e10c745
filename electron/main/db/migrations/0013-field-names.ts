import type { Migration } from './index';

/*
 * One name per field from the column to the document (issue 18): the invitation letter's
 * number was `invitation_ref` here, `invitationNumber` everywhere else. RENAME COLUMN keeps
 * the data and rewrites the indexes and triggers that name the column (SQLite >= 3.25);
 * the column's default and NOT NULL stay as they were.
 */
const SQL = `
ALTER TABLE meetings RENAME COLUMN invitation_ref TO invitation_number;
`;

export const migration0013: Migration = {
  version: 13,
  name: '0013-field-names',
  up: (db) => db.exec(SQL),
};
