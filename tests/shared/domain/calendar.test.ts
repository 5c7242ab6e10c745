import { describe, expect, it } from 'vitest';
import { isCalendarDate, isWallClockTime } from '../../../shared/domain/calendar';
import { formatLongDate, todayIn } from '../../../shared/domain/dates';
import { itAnswersEach } from '../../support/examples';

describe('domain/calendar', () => {
  itAnswersEach('isCalendarDate(%s) = %s', isCalendarDate, [
    ['2026-11-27', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['2026-11-00', false],
    ['27-11-2026', false],
    ['2026-11-27T00:00', false],
  ]);

  itAnswersEach('isWallClockTime(%s) = %s', isWallClockTime, [
    ['09:00', true],
    ['23:59', true],
    ['24:00', false],
    ['9:00', false],
    ['09.00', false],
  ]);
});

describe('domain/dates', () => {
  it('computes the Indonesian day name from the date', () => {
    expect(formatLongDate('2026-11-27')).toBe('Jumat, 27 November 2026');
    expect(formatLongDate('2026-08-17')).toBe('Senin, 17 Agustus 2026');
    expect(formatLongDate('2026-11-27', 'en')).toBe('Friday, 27 November 2026');
  });

  it('takes today from the zone, not from the machine', () => {
    // 16:30 UTC on 27 November is already 28 November in Jayapura (WIT, UTC+9) but not in Jakarta.
    const instant = new Date(Date.UTC(2026, 10, 27, 16, 30));
    expect(todayIn('Asia/Jakarta', instant)).toBe('2026-11-27');
    expect(todayIn('Asia/Makassar', instant)).toBe('2026-11-28');
    expect(todayIn('Asia/Jayapura', instant)).toBe('2026-11-28');
  });
});
