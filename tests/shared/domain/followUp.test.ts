import { describe, expect, it } from 'vitest';
import { OWNER_STATUSES, type OwnerStatus } from '../../../shared/domain/commitment';
import {
  addDays,
  dueWindowRange,
  isDueSoon,
  isOverdue,
  isOverdueAt,
  matchesStatusFilter,
  rollUpStatus,
} from '../../../shared/domain/followUp';

describe('domain/followUp: Terlambat around midnight in the instansi zone', () => {
  // Due 27 November 2026: late from the first second of 28 November where the instansi is.
  const cases: ReadonlyArray<readonly [zone: string, lastOnTimeUtc: string, firstLateUtc: string]> = [
    ['Asia/Jakarta', '2026-11-27T16:59:59.999Z', '2026-11-27T17:00:00.000Z'], // WIB, UTC+7
    ['Asia/Makassar', '2026-11-27T15:59:59.999Z', '2026-11-27T16:00:00.000Z'], // WITA, UTC+8
    ['Asia/Jayapura', '2026-11-27T14:59:59.999Z', '2026-11-27T15:00:00.000Z'], // WIT, UTC+9
  ];

  it.each(cases)(
    '%s: not late at 23:59:59 on the due date, late at 00:00 the next day',
    (zone, lastOnTime, firstLate) => {
      expect(isOverdueAt('2026-11-27', 'BELUM', zone, new Date(lastOnTime))).toBe(false);
      expect(isOverdueAt('2026-11-27', 'BELUM', zone, new Date(firstLate))).toBe(true);
      expect(isOverdueAt('2026-11-27', 'PROSES', zone, new Date(firstLate))).toBe(true);
    },
  );

  it('one instant is late in WIT and not yet in WIB (the zone decides, not UTC)', () => {
    const instant = new Date('2026-11-27T15:30:00Z'); // 22.30 WIB, 23.30 WITA, 00.30 WIT on the 28th
    expect(isOverdueAt('2026-11-27', 'BELUM', 'Asia/Jakarta', instant)).toBe(false);
    expect(isOverdueAt('2026-11-27', 'BELUM', 'Asia/Makassar', instant)).toBe(false);
    expect(isOverdueAt('2026-11-27', 'BELUM', 'Asia/Jayapura', instant)).toBe(true);
  });

  it('a new year in WIT while WIB is still on 31 December', () => {
    const instant = new Date('2026-12-31T15:00:00Z');
    expect(isOverdueAt('2026-12-31', 'BELUM', 'Asia/Jayapura', instant)).toBe(true);
    expect(isOverdueAt('2026-12-31', 'BELUM', 'Asia/Jakarta', instant)).toBe(false);
  });

  it('closed owners and commitments without a due date are never late', () => {
    expect(isOverdue('2026-01-01', 'SELESAI', '2026-11-28')).toBe(false);
    expect(isOverdue('2026-01-01', 'TIDAK_DAPAT', '2026-11-28')).toBe(false);
    expect(isOverdue(null, 'BELUM', '2026-11-28')).toBe(false);
    expect(isOverdue('2026-11-28', 'BELUM', '2026-11-28')).toBe(false);
  });
});

describe('domain/followUp: roll-up over owners', () => {
  it.each<readonly [ReadonlyArray<OwnerStatus>, OwnerStatus]>([
    [[], 'BELUM'],
    [['BELUM'], 'BELUM'],
    [['SELESAI'], 'SELESAI'],
    [['SELESAI', 'SELESAI', 'SELESAI'], 'SELESAI'],
    [['SELESAI', 'BELUM'], 'PROSES'],
    [['SELESAI', 'PROSES'], 'PROSES'],
    [['BELUM', 'BELUM'], 'BELUM'],
    [['BELUM', 'PROSES'], 'PROSES'],
    [['SELESAI', 'TIDAK_DAPAT'], 'TIDAK_DAPAT'],
    [['TIDAK_DAPAT', 'TIDAK_DAPAT'], 'TIDAK_DAPAT'],
    [['TIDAK_DAPAT', 'BELUM'], 'BELUM'],
    [['TIDAK_DAPAT', 'PROSES'], 'PROSES'],
  ])('%j rolls up to %s', (owners, expected) => {
    expect(rollUpStatus(owners)).toBe(expected);
  });

  it('is SELESAI exactly when every owner is SELESAI, for every mix of up to three owners', () => {
    for (const a of OWNER_STATUSES) {
      for (const b of OWNER_STATUSES) {
        for (const c of OWNER_STATUSES) {
          const owners = [a, b, c];
          expect(rollUpStatus(owners) === 'SELESAI').toBe(owners.every((status) => status === 'SELESAI'));
        }
      }
    }
  });
});

describe('domain/followUp: due windows', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });

  it('maps each window to its date range on a given day', () => {
    expect(dueWindowRange('LEWAT', '2026-11-28', 7)).toEqual({ dueFrom: null, dueTo: '2026-11-27', dueNone: false });
    expect(dueWindowRange('PENGINGAT', '2026-11-28', 3)).toEqual({
      dueFrom: '2026-11-28',
      dueTo: '2026-12-01',
      dueNone: false,
    });
    expect(dueWindowRange('TUJUH_HARI', '2026-12-28', 7)).toEqual({
      dueFrom: '2026-12-28',
      dueTo: '2027-01-04',
      dueNone: false,
    });
    expect(dueWindowRange('TANPA', '2026-11-28', 7)).toEqual({ dueFrom: null, dueTo: null, dueNone: true });
    expect(dueWindowRange('RENTANG', '2026-11-28', 7, { dueFrom: '2026-01-01' })).toEqual({
      dueFrom: '2026-01-01',
      dueTo: null,
      dueNone: false,
    });
  });

  it('counts due soon from today to today + N, open only', () => {
    expect(isDueSoon('2026-11-28', 'BELUM', '2026-11-28', 7)).toBe(true);
    expect(isDueSoon('2026-12-05', 'PROSES', '2026-11-28', 7)).toBe(true);
    expect(isDueSoon('2026-12-06', 'PROSES', '2026-11-28', 7)).toBe(false);
    expect(isDueSoon('2026-11-27', 'BELUM', '2026-11-28', 7)).toBe(false);
    expect(isDueSoon('2026-11-30', 'SELESAI', '2026-11-28', 7)).toBe(false);
  });

  it('filters Terlambat as open and past due', () => {
    expect(matchesStatusFilter('TERLAMBAT', 'PROSES', '2026-11-01', '2026-11-28')).toBe(true);
    expect(matchesStatusFilter('TERLAMBAT', 'SELESAI', '2026-11-01', '2026-11-28')).toBe(false);
    expect(matchesStatusFilter('PROSES', 'PROSES', null, '2026-11-28')).toBe(true);
  });
});

describe('domain/followUp: the open filter', () => {
  it('TERBUKA keeps BELUM and PROSES only', () => {
    expect(
      ['BELUM', 'PROSES', 'SELESAI', 'TIDAK_DAPAT'].map((status) =>
        matchesStatusFilter('TERBUKA', status as OwnerStatus, null, '2026-11-28'),
      ),
    ).toEqual([true, true, false, false]);
  });
});
