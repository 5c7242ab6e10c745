import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AttendanceId, MeetingId, PersonId, UnitId } from '../../../shared/domain/ids';
import {
  addGuest,
  inviteAttendees,
  listAttendance,
  removeAttendee,
  setArrivalTime,
  setAttendanceStatus,
} from '../../../electron/main/repositories/attendanceRepository';
import { type TempDb } from '../support/tempDb';
import { count, ctxAt, MISSING_ID, type Seeded, openSeededMeeting } from '../support/preparationSeed';

let temp: TempDb;
let seed: Seeded;
let meetingId: MeetingId;

beforeEach(() => ({ temp, seed, meetingId } = openSeededMeeting()));
afterEach(() => temp.dispose());

const noRep = { representative: null, note: '' };

describe('repositories/attendanceRepository', () => {
  it('invites units in the name of their head, people by name, and skips whoever is already listed', () => {
    const first = inviteAttendees(
      temp.db,
      { meetingId, unitIds: [seed.units.dinkes, seed.units.pupr, seed.units.setda], personIds: [seed.people.wabup] },
      ctxAt(2),
    );
    expect(first.added).toBe(4);
    expect(first.attendees.map((a) => [a.order, a.kind, a.name, a.agency])).toEqual([
      [1, 'UNIT', 'H. Doni Purnomo, S.Kom.', 'Dinas Kesehatan'],
      [2, 'UNIT', '', 'Dinas Pekerjaan Umum dan Penataan Ruang'],
      [3, 'UNIT', 'Sri Wijaya, M.Si.', 'Sekretariat Daerah'],
      [4, 'PERSON', 'Nama Wakil Bupati Contoh, S.E.', 'Sekretariat Daerah'],
    ]);
    expect(first.attendees[0]).toMatchObject({
      status: 'DIUNDANG',
      nip: '197403122003031012',
      position: 'Kepala Dinas Dinkes',
    });

    // The Kepala Dinas is already there through Dinkes; Dinkes itself too.
    const again = inviteAttendees(
      temp.db,
      { meetingId, unitIds: [seed.units.dinkes], personIds: [seed.people.kadinkes, seed.people.kabappeda] },
      ctxAt(3),
    );
    expect({ added: again.added, skipped: again.skipped }).toEqual({ added: 1, skipped: 2 });
    expect(again.totals.invited).toBe(5);
  });

  it('refuses unknown unit or person ids as a whole, adding nobody', () => {
    expect(() =>
      inviteAttendees(
        temp.db,
        { meetingId, unitIds: [seed.units.dinkes, MISSING_ID as UnitId], personIds: [] },
        ctxAt(2),
      ),
    ).toThrow(/1 OPD yang dipilih tidak ditemukan/);
    expect(() =>
      inviteAttendees(
        temp.db,
        { meetingId, unitIds: [seed.units.dinkes], personIds: [MISSING_ID as PersonId] },
        ctxAt(2),
      ),
    ).toThrow(/1 pejabat yang dipilih tidak ditemukan/);
    expect(count(temp.db, 'attendance')).toBe(0);
  });

  it('marks statuses with running totals; Diwakili keeps the representative, other statuses clear it', () => {
    const list = inviteAttendees(
      temp.db,
      { meetingId, unitIds: [seed.units.dinkes, seed.units.bappeda, seed.units.setda], personIds: [] },
      ctxAt(2),
    );
    const [dinkes, bappeda, setda] = list.attendees as [
      (typeof list.attendees)[number],
      (typeof list.attendees)[number],
      (typeof list.attendees)[number],
    ];
    setAttendanceStatus(temp.db, { id: dinkes.id, status: 'HADIR', ...noRep }, ctxAt(3));
    const represented = setAttendanceStatus(
      temp.db,
      {
        id: bappeda.id,
        status: 'DIWAKILI',
        representative: { name: 'Hj. Ratna Gunawan', nip: '197612022006072007', position: 'Sekretaris Bapperida' },
        note: '',
      },
      ctxAt(4),
    );
    expect(represented.attendees[1]?.representative).toEqual({
      name: 'Hj. Ratna Gunawan',
      nip: '197612022006072007',
      position: 'Sekretaris Bapperida',
    });
    const excused = setAttendanceStatus(
      temp.db,
      { id: setda.id, status: 'IZIN', representative: null, note: 'Rapat di provinsi' },
      ctxAt(5),
    );
    expect(excused.totals).toMatchObject({ invited: 3, marked: 3, present: 2 });
    expect(excused.totals.byStatus).toMatchObject({ HADIR: 1, DIWAKILI: 1, IZIN: 1, DIUNDANG: 0 });

    const back = setAttendanceStatus(temp.db, { id: bappeda.id, status: 'HADIR', ...noRep }, ctxAt(6));
    expect(back.attendees[1]?.representative).toBeNull();
    const row = temp.db.prepare('SELECT representative_name FROM attendance WHERE id = ?').get(bappeda.id);
    expect(row).toEqual({ representative_name: '' });
  });

  it('records arrival times: an arrival marks Hadir, an absence clears it', () => {
    const [row] = inviteAttendees(
      temp.db,
      { meetingId, unitIds: [seed.units.dinkes], personIds: [] },
      ctxAt(2),
    ).attendees;
    const arrived = setArrivalTime(temp.db, row!.id, '08:55', ctxAt(3));
    expect(arrived.attendees[0]).toMatchObject({ status: 'HADIR', arrivalTime: '08:55' });
    const sick = setAttendanceStatus(temp.db, { id: row!.id, status: 'SAKIT', ...noRep }, ctxAt(4));
    expect(sick.attendees[0]).toMatchObject({ status: 'SAKIT', arrivalTime: null });
  });

  it('a single Hadir on the meeting day records now as the arrival (the meeting zone); marked beforehand, none', () => {
    const [early, late] = inviteAttendees(
      temp.db,
      { meetingId, unitIds: [seed.units.dinkes, seed.units.setda], personIds: [] },
      ctxAt(2),
    ).attendees;
    // 26 November 23:00 UTC is already 27 November 06:00 WIB: the meeting's day in its own zone.
    const dayBefore = { now: Date.UTC(2026, 10, 26, 16, 0), actor: 'penguji' };
    const onTheDay = { now: Date.UTC(2026, 10, 26, 23, 0), actor: 'penguji' };
    const before = setAttendanceStatus(temp.db, { id: early!.id, status: 'HADIR', ...noRep }, dayBefore);
    expect(before.attendees.find((a) => a.id === early!.id)?.arrivalTime).toBeNull();
    const marked = setAttendanceStatus(temp.db, { id: late!.id, status: 'HADIR', ...noRep }, onTheDay);
    expect(marked.attendees.find((a) => a.id === late!.id)).toMatchObject({ status: 'HADIR', arrivalTime: '06:00' });
    // Already present: a later change of status keeps the time she has, it does not restart the clock.
    const later = { now: Date.UTC(2026, 10, 27, 2, 30), actor: 'penguji' };
    const typed = setArrivalTime(temp.db, late!.id, '08:10', later);
    expect(typed.attendees.find((a) => a.id === late!.id)?.arrivalTime).toBe('08:10');
    const kept = setAttendanceStatus(
      temp.db,
      { id: late!.id, status: 'HADIR', ...noRep, note: 'duduk di depan' },
      later,
    );
    expect(kept.attendees.find((a) => a.id === late!.id)?.arrivalTime).toBe('08:10');
  });

  it('adds guests without NIP, refuses Diwakili for them, and removes rows closing the gap', () => {
    inviteAttendees(temp.db, { meetingId, unitIds: [seed.units.dinkes], personIds: [] }, ctxAt(2));
    const withGuest = addGuest(
      temp.db,
      { meetingId, name: 'Dr. Andi Wijaya', position: 'Tenaga Ahli', agency: 'Universitas Contoh', status: 'HADIR' },
      ctxAt(3),
    );
    const guest = withGuest.attendees[1]!;
    expect(guest).toMatchObject({
      kind: 'GUEST',
      name: 'Dr. Andi Wijaya',
      nip: null,
      agency: 'Universitas Contoh',
      status: 'HADIR',
      order: 2,
    });
    expect(() =>
      setAttendanceStatus(
        temp.db,
        { id: guest.id, status: 'DIWAKILI', representative: { name: 'X', nip: '', position: 'Y' }, note: '' },
        ctxAt(4),
      ),
    ).toThrow(/Tamu dicatat atas namanya sendiri/);

    const afterRemove = removeAttendee(temp.db, withGuest.attendees[0]!.id, ctxAt(5));
    expect(afterRemove.attendees.map((a) => [a.order, a.name])).toEqual([[1, 'Dr. Andi Wijaya']]);
    expect(() => removeAttendee(temp.db, MISSING_ID as AttendanceId, ctxAt(6))).toThrow(/Peserta tidak ditemukan/);
    expect(listAttendance(temp.db, meetingId).totals.invited).toBe(1);
  });
});
