import type { Migration } from './index';

/*
 * Issue 17: the carry-over of a meeting's Tindak Lanjut tab carries an owner closed since the
 * previous meeting (its closing is news), so its first page must know which earlier meetings had
 * a report since that date without reading every report of the series: an index by date answers
 * it with one range seek (repositories/carryOverPage.ts, MAY_CARRY).
 */
const SQL = `
CREATE INDEX commitment_updates_reported ON commitment_updates (reported_on);
`;

export const migration0020: Migration = {
  version: 20,
  name: '0020-updates-reported-on',
  up: (db) => db.exec(SQL),
};
