import { describe, expect, it } from 'vitest';
import { inviteInBulk, markAllPresent } from '../../../electron/main/repositories/attendanceBulkRepository';
import {
  addGuest,
  inviteAttendees,
  setAttendanceStatus,
} from '../../../electron/main/repositories/attendanceRepository';
import type { AttendanceId } from '../../../shared/domain/ids';
import { seedMeeting, seedSeries } from '../support/followUpSeed';
import { ctxAt } from '../support/preparationSeed';
import { useSeededDb } from '../support/useTempDb';

const { temp, seed } = useSeededDb();

// 27 Nov 2026, 02:15 UTC = 09:15 WIB.
const ON_THE_DAY = Date.UTC(2026, 10, 27, 2, 15);

describe('attendanceBulkRepository', () => {
  it('invites every active OPD once, each naming its head when recorded; a second time adds nothing', () => {
    const meetingId = seedMeeting(temp.db, '2026-11-27');
    const first = inviteInBulk(temp.db, { meetingId, group: 'ALL_UNITS' }, ctxAt(ON_THE_DAY));
    expect(first.added).toBe(4);
    expect(new Set(first.attendees.map((a) => a.unitId))).toEqual(new Set(Object.values(seed.units)));
    expect(first.attendees.find((a) => a.unitId === seed.units.dinkes)?.personId).toBe(seed.people.kadinkes);
    const again = inviteInBulk(temp.db, { meetingId, group: 'ALL_UNITS' }, ctxAt(ON_THE_DAY));
    expect(again).toMatchObject({ added: 0, skipped: 4 });
  });

  it("invites the previous meeting's invited of the series, not its guests", () => {
    const series = seedSeries(temp.db);
    const october = seedMeeting(temp.db, '2026-10-30', series);
    const november = seedMeeting(temp.db, '2026-11-27', series);
    inviteAttendees(
      temp.db,
      { meetingId: october, unitIds: [seed.units.pupr], personIds: [seed.people.asisten] },
      ctxAt(ON_THE_DAY),
    );
    addGuest(
      temp.db,
      { meetingId: october, name: 'Rina', position: 'Ketua', agency: 'Forum Anak', status: 'HADIR' },
      ctxAt(ON_THE_DAY),
    );
    const result = inviteInBulk(temp.db, { meetingId: november, group: 'PREVIOUS_MEETING' }, ctxAt(ON_THE_DAY));
    expect(result.added).toBe(2);
    expect(result.attendees.map((a) => a.kind)).toEqual(['UNIT', 'PERSON']);
    // The first meeting of a series has none before it.
    expect(() => inviteInBulk(temp.db, { meetingId: october, group: 'PREVIOUS_MEETING' }, ctxAt(ON_THE_DAY))).toThrow(
      /Belum ada rapat sebelumnya/,
    );
  });

  it('marks everyone still invited present at the current time on the day, leaving the exceptions as marked', () => {
    const meetingId = seedMeeting(temp.db, '2026-11-27');
    const invited = inviteInBulk(temp.db, { meetingId, group: 'ALL_UNITS' }, ctxAt(ON_THE_DAY));
    const excused = invited.attendees[0]?.id as AttendanceId;
    setAttendanceStatus(temp.db, { id: excused, status: 'IZIN', representative: null, note: '' }, ctxAt(ON_THE_DAY));
    const result = markAllPresent(temp.db, meetingId, ctxAt(ON_THE_DAY));
    expect(result.marked).toBe(3);
    expect(result.attendees.map((a) => [a.status, a.arrivalTime])).toEqual([
      ['IZIN', null],
      ['HADIR', '09:15'],
      ['HADIR', '09:15'],
      ['HADIR', '09:15'],
    ]);
    const audited = temp.db
      .prepare(`SELECT count(*) FROM audit_log WHERE entity = 'attendance' AND at = ?`)
      .pluck()
      .get(ON_THE_DAY);
    expect(audited).toBe(4 + 1 + 3);
  });

  it('marked the day before, leaves the arrival time empty', () => {
    const meetingId = seedMeeting(temp.db, '2026-11-28');
    inviteInBulk(temp.db, { meetingId, group: 'ALL_UNITS' }, ctxAt(ON_THE_DAY));
    const result = markAllPresent(temp.db, meetingId, ctxAt(ON_THE_DAY));
    expect(result.attendees.every((a) => a.status === 'HADIR' && a.arrivalTime === null)).toBe(true);
  });
});
