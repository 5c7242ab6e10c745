import type { Migration } from './index';

/*
 * Agenda templates (issue 3 part 5) and the date of the invitation letter, which
 * the Permendagri 1/2023 layout prints as "Surat Undangan: Nomor … tanggal …"
 * (0001 kept only its number, in meetings.invitation_ref).
 * Items live in their own table, not JSON, so a later shared registry can merge
 * them row by row like agenda_items.
 */
const SQL = `
CREATE TABLE agenda_templates (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  built_in INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER
) STRICT;
CREATE UNIQUE INDEX agenda_templates_name ON agenda_templates (name COLLATE NOCASE) WHERE deleted_at IS NULL;

CREATE TABLE agenda_template_items (
  id TEXT PRIMARY KEY,
  template_id TEXT NOT NULL REFERENCES agenda_templates (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  presenter_text TEXT NOT NULL DEFAULT '',
  planned_minutes INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX agenda_template_items_template ON agenda_template_items (template_id, position);

ALTER TABLE meetings ADD COLUMN invitation_date TEXT;
`;

/** Fixed ids, so every installation's shipped template is the same row (and tests can name it). */
export const RAKOR_TEMPLATE_ID = '3c9a6f1e-5b2d-4e7a-9f10-6a1b2c3d4e50';

const RAKOR_ITEMS: ReadonlyArray<readonly [title: string, presenter: string, minutes: number]> = [
  ['Pembukaan oleh Pimpinan Rapat', 'Pimpinan Rapat', 10],
  ['Laporan tindak lanjut hasil rapat sebelumnya', 'Sekretaris Rapat', 20],
  ['Paparan dan pembahasan program prioritas OPD', 'Kepala OPD', 60],
  ['Arahan Bupati/Wakil Bupati', 'Bupati/Wakil Bupati', 20],
  ['Lain-lain', '', 10],
  ['Penutup', 'Pimpinan Rapat', 5],
];

export const migration0002: Migration = {
  version: 2,
  name: '0002-agenda-templates',
  up: (db) => {
    db.exec(SQL);
    const now = Date.now();
    db.prepare(
      `INSERT INTO agenda_templates (id, name, built_in, created_at, updated_at) VALUES (?, 'Rakor Kepala OPD', 1, ?, ?)`,
    ).run(RAKOR_TEMPLATE_ID, now, now);
    const insertItem = db.prepare(
      `INSERT INTO agenda_template_items (id, template_id, position, title, presenter_text, planned_minutes, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    RAKOR_ITEMS.forEach(([title, presenter, minutes], index) => {
      // Item ids share the template's prefix and end in their position: stable and unique.
      const id = `${RAKOR_TEMPLATE_ID.slice(0, -2)}${String(index + 1).padStart(2, '0')}`;
      insertItem.run(id, RAKOR_TEMPLATE_ID, index + 1, title, presenter, minutes, now, now);
    });
  },
};
