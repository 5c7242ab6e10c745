import type { Db } from '../db/connection';
import type { MeetingId, PersonId, TemplateId, UnitId } from '../../../shared/domain/ids';
import type { MeetingStatus } from '../../../shared/domain/meeting';
import { AppError } from '../../../shared/ipc/result';

/*
 * Checks the preparation writes make before touching anything, so a refused call
 * leaves the data whole and the message names what was wrong. The master data
 * itself (units, people) belongs to units/peopleRepository; these only ask
 * whether an id is there.
 */

/** The meeting exists and is not deleted (reads of its agenda or attendance). */
export function assertMeetingExists(db: Db, meetingId: MeetingId): void {
  const found = db.prepare('SELECT 1 FROM meetings WHERE id = ? AND deleted_at IS NULL').get(meetingId);
  if (!found) throw new AppError('NOT_FOUND', 'Rapat tidak ditemukan; mungkin sudah dihapus.');
}

/** The meeting exists, is not deleted, and its minutes are neither submitted nor approved (Dikembalikan unlocks it). */
export function assertMeetingEditable(db: Db, meetingId: MeetingId): MeetingStatus {
  const row = db.prepare('SELECT status FROM meetings WHERE id = ? AND deleted_at IS NULL').get(meetingId) as
    { status: MeetingStatus } | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Rapat tidak ditemukan; mungkin sudah dihapus.');
  if (row.status === 'DIAJUKAN') {
    throw new AppError(
      'LOCKED',
      'Notula rapat ini sedang diajukan ke pimpinan; persiapannya tidak dapat diubah. Kembalikan dengan catatan bila perlu perubahan.',
    );
  }
  if (row.status === 'DISAHKAN') {
    throw new AppError('LOCKED', 'Notula rapat ini sudah disahkan; persiapannya tidak dapat diubah lagi.');
  }
  return row.status;
}

/** `role` completes the message: "… sebagai Ketua tidak ditemukan …". */
export function assertPersonExists(db: Db, personId: PersonId, role: string): void {
  const found = db.prepare('SELECT 1 FROM people WHERE id = ? AND deleted_at IS NULL').get(personId);
  if (!found) {
    throw new AppError(
      'NOT_FOUND',
      `Pejabat yang dipilih ${role} tidak ditemukan di data master; pilih dari daftar pejabat.`,
    );
  }
}

/** The master-data tables a preparation write picks ids from, with the word its message uses. */
const MASTER_TABLES = { people: 'pejabat', units: 'OPD' } as const;
type MasterTable = keyof typeof MASTER_TABLES;

/** The ids of `table` that are there and not deleted, in their order. */
function liveIds<Id extends string>(db: Db, table: MasterTable, ids: ReadonlyArray<Id>): Id[] {
  const check = db.prepare(`SELECT 1 FROM ${table} WHERE id = ? AND deleted_at IS NULL`);
  return ids.filter((id) => check.get(id) !== undefined);
}

/** Every id is there: the list she picked from may be older than a deletion on another screen. */
function assertAllLive(db: Db, table: MasterTable, ids: ReadonlyArray<string>): void {
  const missing = ids.length - liveIds(db, table, ids).length;
  if (missing > 0) {
    throw new AppError(
      'NOT_FOUND',
      `${missing} ${MASTER_TABLES[table]} yang dipilih tidak ditemukan di data master; muat ulang daftar lalu pilih lagi.`,
    );
  }
}

export function assertPeopleExist(db: Db, ids: ReadonlyArray<PersonId>): void {
  assertAllLive(db, 'people', ids);
}

export function assertUnitsExist(db: Db, ids: ReadonlyArray<UnitId>): void {
  assertAllLive(db, 'units', ids);
}

export function assertTemplateExists(db: Db, templateId: TemplateId): void {
  const found = db.prepare('SELECT 1 FROM agenda_templates WHERE id = ? AND deleted_at IS NULL').get(templateId);
  if (!found) throw new AppError('NOT_FOUND', 'Templat acara tidak ditemukan; mungkin sudah dihapus.');
}

/** The ids that still exist, in their order: a series' defaults may name people deleted since. */
export function existingPersonIds(db: Db, ids: ReadonlyArray<PersonId>): PersonId[] {
  return liveIds(db, 'people', ids);
}

export function existingUnitIds(db: Db, ids: ReadonlyArray<UnitId>): UnitId[] {
  return liveIds(db, 'units', ids);
}
