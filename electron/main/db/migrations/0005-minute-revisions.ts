import type { Migration } from './index';

/*
 * Live minute-taking (issue 4).
 *
 * `revision` counts the saves of a section. A save names the revision it was
 * typed on and is refused when the row has moved on, so a stale tab (or a
 * journal replayed after a crash) can never overwrite newer text; updated_at
 * cannot do this because two saves may share a millisecond.
 *
 * The unique indexes make the standard set of sections (one opening, one
 * conclusion, one closing, one discussion per agenda item) a rule of the file,
 * not only of the code that creates it.
 */
const SQL = `
ALTER TABLE minute_sections ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
CREATE UNIQUE INDEX minute_sections_fixed_kind ON minute_sections (meeting_id, kind) WHERE kind <> 'DISCUSSION';
CREATE UNIQUE INDEX minute_sections_agenda_item ON minute_sections (agenda_item_id) WHERE agenda_item_id IS NOT NULL;
`;

export const migration0005: Migration = {
  version: 5,
  name: '0005-minute-revisions',
  up: (db) => db.exec(SQL),
};
