import type { Migration } from './index';

/*
 * The Sifat of a meeting (Biasa, Penting, Segera, Rahasia), as a surat undangan carries it
 * (surat-undangan.md: `Sifat :` under `Nomor :`) and a risalah records it ("jenis dan sifat
 * rapat", notula-format.md). Every existing meeting is Biasa. The values are listed here,
 * not imported, so this migration never changes with the live vocabulary.
 */
const SQL = `
ALTER TABLE meetings ADD COLUMN sifat TEXT NOT NULL DEFAULT 'BIASA'
  CHECK (sifat IN ('BIASA', 'PENTING', 'SEGERA', 'RAHASIA'));
`;

export const migration0007: Migration = {
  version: 7,
  name: '0007-meeting-sifat',
  up: (db) => db.exec(SQL),
};
