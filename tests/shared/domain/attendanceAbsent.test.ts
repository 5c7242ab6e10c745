import { describe, expect, it } from 'vitest';
import { ATTENDANCE_STATUSES, countsAsPresent, isAbsent } from '../../../shared/domain/attendance';

describe('domain/attendance isAbsent', () => {
  it('marks absent every status but the invited and the present ones', () => {
    expect(ATTENDANCE_STATUSES.filter((status) => !isAbsent(status))).toEqual(['DIUNDANG', 'HADIR', 'DIWAKILI']);
    expect(isAbsent('TANPA_KETERANGAN')).toBe(true);
    expect(ATTENDANCE_STATUSES.filter((status) => isAbsent(status) && countsAsPresent(status))).toEqual([]);
  });
});
