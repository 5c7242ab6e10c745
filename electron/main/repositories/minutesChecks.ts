import type { Db } from '../db/connection';
import type { AgendaItemId, MeetingId } from '../../../shared/domain/ids';
import type { MeetingStatus } from '../../../shared/domain/meeting';
import { AppError } from '../../../shared/ipc/result';

/*
 * Checks every live-minutes write makes before touching anything, so a refused
 * call leaves the data whole and says what to do next.
 */

const SUBMITTED =
  'Notula rapat ini sedang diajukan ke pimpinan; isinya tidak dapat diubah. Kembalikan dengan catatan bila perlu perubahan.';

/** The meeting exists and its Notula is neither submitted nor approved (Dikembalikan unlocks it). */
export function assertMinutesEditable(db: Db, meetingId: MeetingId): MeetingStatus {
  const row = db.prepare('SELECT status FROM meetings WHERE id = ? AND deleted_at IS NULL').get(meetingId) as
    { status: MeetingStatus } | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Rapat tidak ditemukan; mungkin sudah dihapus.');
  if (row.status === 'DIAJUKAN') throw new AppError('LOCKED', SUBMITTED);
  if (row.status === 'DISAHKAN') {
    throw new AppError(
      'LOCKED',
      'Notula rapat ini sudah disahkan; isinya tidak dapat diubah lagi. Buat revisi bila perlu perubahan.',
    );
  }
  return row.status;
}

export function assertMeetingExists(db: Db, meetingId: MeetingId): MeetingStatus {
  const row = db.prepare('SELECT status FROM meetings WHERE id = ? AND deleted_at IS NULL').get(meetingId) as
    { status: MeetingStatus } | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Rapat tidak ditemukan; mungkin sudah dihapus.');
  return row.status;
}

/** A capture can only sit under an agenda item of its own meeting. */
export function assertAgendaItemOfMeeting(db: Db, agendaItemId: AgendaItemId | null, meetingId: MeetingId): void {
  if (agendaItemId === null) return;
  const row = db.prepare('SELECT meeting_id FROM agenda_items WHERE id = ?').get(agendaItemId) as
    { meeting_id: string } | undefined;
  if (!row || row.meeting_id !== meetingId) {
    throw new AppError('NOT_FOUND', 'Acara yang dipilih tidak ada pada rapat ini; muat ulang halaman lalu coba lagi.');
  }
}
