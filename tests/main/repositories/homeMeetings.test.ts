import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { homeMeetings, listMeetings } from '../../../electron/main/repositories/meetingsRepository';
import { addDays } from '../../../shared/domain/followUp';
import { splitMeetings } from '../../../shared/domain/meetingTiming';
import { useTempDb } from '../support/useTempDb';

/*
 * Beranda reads meetings:home (the meetings from yesterday on and the five before) instead of
 * every meeting: for any archive and any moment, the two lists it shows must be the ones the
 * whole list gave.
 */
const temp = useTempDb();

const ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'];
const STATUSES = ['DRAF', 'DRAF', 'DIAJUKAN', 'DISAHKAN'];

describe('repositories/meetingsRepository homeMeetings', () => {
  it('gives Beranda the same upcoming and recent lists as the whole list, at any moment', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            day: fc.integer({ min: -40, max: 20 }),
            start: fc.option(fc.constantFrom('00:30', '08:00', '13:00', '23:30'), { nil: null }),
            zone: fc.nat(2),
            status: fc.nat(3),
            deleted: fc.boolean(),
          }),
          { maxLength: 25 },
        ),
        fc.integer({ min: 0, max: 47 }),
        (rows, hour) => {
          temp.db.exec('DELETE FROM meetings');
          rows.forEach((row, i) =>
            temp.db
              .prepare(
                `INSERT INTO meetings (id, title, date, start_time, time_zone, status, created_at, updated_at, deleted_at)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
              )
              .run(
                `m${i}`,
                `Rapat ${i}`,
                addDays('2026-12-05', row.day),
                row.start,
                ZONES[row.zone],
                STATUSES[row.status],
                i,
                i,
                row.deleted ? 1 : null,
              ),
          );
          // From 2026-12-04 07:00 to 2026-12-06 06:00 WIB; main asks from the instansi's yesterday.
          const now = Date.UTC(2026, 11, 4, hour);
          const today = new Date(now + 7 * 3600 * 1000).toISOString().slice(0, 10);
          const whole = splitMeetings(listMeetings(temp.db), now, 5);
          const home = splitMeetings(homeMeetings(temp.db, addDays(today, -1)), now, 5);
          expect(home.upcoming.map((m) => m.id)).toEqual(whole.upcoming.map((m) => m.id));
          expect(home.recent.map((m) => m.id)).toEqual(whole.recent.map((m) => m.id));
        },
      ),
      { numRuns: 150 },
    );
  });
});
