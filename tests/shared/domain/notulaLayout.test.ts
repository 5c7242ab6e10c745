import { describe, expect, it } from 'vitest';
import { DEFAULT_INSTANSI, withNotulaLayout } from '../../../shared/domain/instansi';

describe('domain/withNotulaLayout (issue 16)', () => {
  it('turns the place-and-date line on with the older layout and off with Permendagri 1/2023', () => {
    const old = withNotulaLayout(DEFAULT_INSTANSI.notula, 'LAMA');
    expect(old).toEqual({ ...DEFAULT_INSTANSI.notula, layout: 'LAMA', showPlaceDateLine: true });
    expect(withNotulaLayout(old, 'PERMENDAGRI_2023')).toEqual({
      ...DEFAULT_INSTANSI.notula,
      layout: 'PERMENDAGRI_2023',
      showPlaceDateLine: false,
    });
  });

  it('keeps her own choice while the layout stays the same', () => {
    const chosen = { ...DEFAULT_INSTANSI.notula, layout: 'LAMA' as const, showPlaceDateLine: false };
    expect(withNotulaLayout(chosen, 'LAMA')).toBe(chosen);
  });

  it('ships with the verification footer off', () => {
    expect(DEFAULT_INSTANSI.verificationFooter).toBe(false);
  });
});
