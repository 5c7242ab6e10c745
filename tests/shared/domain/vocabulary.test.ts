import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MEETING_SIFAT, MEETING_SIFAT_LABELS } from '../../../shared/domain/meeting';
import { OWNER_STATUSES } from '../../../shared/domain/commitment';
import { valuesOf } from '../../../shared/domain/vocabulary';

describe('domain/vocabulary valuesOf', () => {
  it("gives a label table's keys in the table's order", () => {
    expect(valuesOf({ SEGERA: 'Segera', BIASA: 'Biasa' })).toEqual(['SEGERA', 'BIASA']);
    // The pickers and the Matriks list the statuses in this order.
    expect(OWNER_STATUSES).toEqual(['BELUM', 'PROSES', 'SELESAI', 'TIDAK_DAPAT']);
  });

  it('serves z.enum: a value outside the table is refused, every labelled one taken', () => {
    const sifat = z.enum(MEETING_SIFAT);
    expect(sifat.safeParse('SANGAT_RAHASIA').success).toBe(false);
    for (const value of Object.keys(MEETING_SIFAT_LABELS)) expect(sifat.parse(value)).toBe(value);
  });
});
