import { describe, expect, it } from 'vitest';
import { formatNip, isValidNip, nipLine, normalizeNip } from '../../../shared/domain/nip';

describe('domain/nip', () => {
  it('groups 18 digits 8-6-1-3', () => {
    expect(formatNip('196802041991031005')).toBe('19680204 199103 1 005');
    expect(nipLine('199108182017031008')).toBe('NIP. 19910818 201703 1 008');
  });

  it('accepts a NIP typed already grouped', () => {
    expect(normalizeNip('19680204 199103 1 005')).toBe('196802041991031005');
    expect(formatNip(' 19680204 199103 1 005 ')).toBe('19680204 199103 1 005');
    expect(isValidNip('19680204 199103 1 005')).toBe(true);
  });

  it('leaves a wrong-length NIP visibly as typed', () => {
    expect(isValidNip('1968020419910310')).toBe(false);
    expect(formatNip('1968020419910310')).toBe('1968020419910310');
    expect(isValidNip(null)).toBe(false);
  });
});
