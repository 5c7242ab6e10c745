import { describe, expect, it } from 'vitest';
import {
  dayNameOf,
  formatClock,
  formatOfficialDate,
  formatOfficialLongDate,
  formatTimeAt,
  formatTimeRange,
  zoneAbbreviation,
} from '../../../shared/domain/officialDates';

describe('domain/officialDates', () => {
  it('computes the day name from the date: 27 November 2026 is a Jumat, not a Kamis', () => {
    expect(formatOfficialLongDate('2026-11-27')).toBe('Jumat, 27 November 2026');
    expect(dayNameOf('2026-11-26')).toBe('Kamis');
  });

  it('names all seven days without the apostrophe of "Jum\'at"', () => {
    const week = ['2026-11-22', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28'].map(
      dayNameOf,
    );
    expect(week).toEqual(['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu']);
  });

  it('handles leap days and year ends', () => {
    expect(formatOfficialLongDate('2028-02-29')).toBe('Selasa, 29 Februari 2028');
    expect(formatOfficialLongDate('2026-12-31')).toBe('Kamis, 31 Desember 2026');
    expect(formatOfficialLongDate('2027-01-01')).toBe('Jumat, 1 Januari 2027');
  });

  it('writes dates without a leading zero and months in full', () => {
    expect(formatOfficialDate('2026-01-05')).toBe('5 Januari 2026');
    expect(formatOfficialDate('2026-08-17')).toBe('17 Agustus 2026');
  });

  it('refuses impossible dates and times instead of printing them', () => {
    expect(() => formatOfficialDate('2026-02-30')).toThrow(RangeError);
    expect(() => formatOfficialDate('27/11/2026')).toThrow(RangeError);
    expect(() => formatClock('24:00')).toThrow(RangeError);
  });

  it('writes times with the PUEBI full stop and the zone', () => {
    expect(formatClock('09:05')).toBe('09.05');
    expect(formatTimeAt('08:30', 'Asia/Jakarta')).toBe('pukul 08.30 WIB');
  });

  it('writes a range with the zone once at the end, and an open end as "s.d. selesai"', () => {
    expect(formatTimeRange('09:00', '11:45', 'Asia/Jakarta')).toBe('pukul 09.00 s.d. 11.45 WIB');
    expect(formatTimeRange('09:00', null, 'Asia/Jakarta')).toBe('pukul 09.00 WIB s.d. selesai');
    expect(formatTimeRange(null, '11:45', 'Asia/Jakarta')).toBeNull();
  });

  it('maps the IANA zones to WIB, WITA and WIT', () => {
    expect(zoneAbbreviation('Asia/Jakarta')).toBe('WIB');
    expect(zoneAbbreviation('Asia/Pontianak')).toBe('WIB');
    expect(zoneAbbreviation('Asia/Makassar')).toBe('WITA');
    expect(zoneAbbreviation('Asia/Jayapura')).toBe('WIT');
    expect(formatTimeRange('13:00', '15:30', 'Asia/Makassar')).toBe('pukul 13.00 s.d. 15.30 WITA');
    expect(formatTimeRange('08:00', null, 'Asia/Jayapura')).toBe('pukul 08.00 WIT s.d. selesai');
  });
});
