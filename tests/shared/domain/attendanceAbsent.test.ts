import { describe, expect, it } from 'vitest';
import { ATTENDANCE_STATUSES, countsAsPresent, isAbsent } from '../../../shared/domain/attendance';

describe('domain/attendance isAbsent', () => {
  it('marks absent exactly the statuses that are neither present nor only invited', () => {
    expect(ATTENDANCE_STATUSES.filter(isAbsent)).toEqual([
      'IZIN',
      'SAKIT',
      'DINAS_LUAR',
      'CUTI',
      'TANPA_KETERANGAN',
      'TIDAK_HADIR',
    ]);
    expect(ATTENDANCE_STATUSES.filter((status) => isAbsent(status) && countsAsPresent(status))).toEqual([]);
  });
});
