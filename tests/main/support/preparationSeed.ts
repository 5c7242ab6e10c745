import { randomUUID } from 'node:crypto';
import type { Db } from '../../../electron/main/db/connection';
import type { MeetingId, PersonId, UnitId } from '../../../shared/domain/ids';
import { createMeeting } from '../../../electron/main/repositories/meetingsRepository';
import { openTempDb, type TempDb } from './tempDb';

/*
 * Master data for the meeting-preparation tests, inserted with SQL so these tests do
 * not depend on how the master data screens create rows. Names follow the fixtures
 * in /work/shared/fixtures (invented officials of "Kabupaten Contoh").
 */
export type Seeded = Readonly<{
  units: Readonly<{ setda: UnitId; dinkes: UnitId; bappeda: UnitId; pupr: UnitId }>;
  people: Readonly<{
    wabup: PersonId;
    sekda: PersonId;
    kadinkes: PersonId;
    sekdinkes: PersonId;
    kabappeda: PersonId;
    notulis: PersonId;
    asisten: PersonId;
  }>;
}>;

export function insertUnit(db: Db, name: string, shortName: string, code: string): UnitId {
  const id = randomUUID() as UnitId;
  db.prepare(
    `INSERT INTO units (id, code, name, short_name, kind, active, created_at, updated_at) VALUES (?, ?, ?, ?, 'dinas', 1, 1, 1)`,
  ).run(id, code, name, shortName);
  return id;
}

export function insertPerson(
  db: Db,
  fields: { name: string; nip: string | null; position: string; unitId: UnitId | null; political?: boolean },
): PersonId {
  const id = randomUUID() as PersonId;
  db.prepare(
    `INSERT INTO people (id, name, nip, position, unit_id, is_political, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, 1, 1)`,
  ).run(id, fields.name, fields.nip, fields.position, fields.unitId, fields.political ? 1 : 0);
  return id;
}

export function seedMasterData(db: Db): Seeded {
  const setda = insertUnit(db, 'Sekretariat Daerah', 'Setda', 'SETDA');
  const dinkes = insertUnit(db, 'Dinas Kesehatan', 'Dinkes', 'DINKES');
  const bappeda = insertUnit(db, 'Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah', 'Bapperida', 'BAPPEDA');
  // PUPR has no head recorded: its invitation row names the unit only.
  const pupr = insertUnit(db, 'Dinas Pekerjaan Umum dan Penataan Ruang', 'Dinas PUPR', 'PUPR');
  return {
    units: { setda, dinkes, bappeda, pupr },
    people: {
      wabup: insertPerson(db, {
        name: 'Nama Wakil Bupati Contoh, S.E.',
        nip: null,
        position: 'Wakil Bupati Contoh',
        unitId: setda,
        political: true,
      }),
      sekda: insertPerson(db, {
        name: 'Sri Wijaya, M.Si.',
        nip: '197806182000042012',
        position: 'Sekretaris Daerah',
        unitId: setda,
      }),
      asisten: insertPerson(db, {
        name: 'Dra. Sri Purnomo, S.E., M.M.',
        nip: '197712201999092002',
        position: 'Asisten Pemerintahan dan Kesejahteraan Rakyat',
        unitId: setda,
      }),
      kadinkes: insertPerson(db, {
        name: 'H. Doni Purnomo, S.Kom.',
        nip: '197403122003031012',
        position: 'Kepala Dinas Dinkes',
        unitId: dinkes,
      }),
      sekdinkes: insertPerson(db, {
        name: 'Rahmat Hidayat, S.E., M.M.',
        nip: '198103092008011007',
        position: 'Sekretaris Dinkes',
        unitId: dinkes,
      }),
      kabappeda: insertPerson(db, {
        name: 'Budi Siregar, S.H., M.H.',
        nip: '198310072011091010',
        position: 'Kepala Badan Bapperida',
        unitId: bappeda,
      }),
      notulis: insertPerson(db, {
        name: 'Nia Kurnia, S.Sos.',
        nip: '199001012015012001',
        position: 'Analis Kebijakan Bagian Pemerintahan',
        unitId: setda,
      }),
    },
  };
}

export const ctxAt = (now: number) => ({ now, actor: 'penguji' });

export const MISSING_ID = '00000000-0000-4000-8000-000000000000';

export function count(db: Db, table: string): number {
  // Table names come from the tests themselves, never from input.
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/** A fresh data file with the master data above: `beforeEach(() => ({ temp, seed } = openSeededDb()))`. */
export function openSeededDb(): Readonly<{ temp: TempDb; seed: Seeded }> {
  const temp = openTempDb();
  return { temp, seed: seedMasterData(temp.db) };
}

/** The same with one meeting in preparation ("Rakor", 27 November 2026). */
export function openSeededMeeting(): Readonly<{ temp: TempDb; seed: Seeded; meetingId: MeetingId }> {
  const { temp, seed } = openSeededDb();
  const meetingId = createMeeting(temp.db, { title: 'Rakor', date: '2026-11-27', place: '' }, ctxAt(1)).id;
  return { temp, seed, meetingId };
}
