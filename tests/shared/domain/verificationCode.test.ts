import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/domain/canonicalJson';
import {
  base32,
  formatVerificationCode,
  normalizeVerificationCode,
  verificationFooterText,
} from '../../../shared/domain/verificationCode';
import { itAnswersEach } from '../../support/examples';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('domain/verificationCode', () => {
  it('encodes base32 as RFC 4648 does (without padding)', () => {
    expect(['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'].map((text) => base32(bytes(text)))).toEqual([
      '',
      'MY',
      'MZXQ',
      'MZXW6',
      'MZXW6YQ',
      'MZXW6YTB',
      'MZXW6YTBOI',
    ]);
  });

  it('prints a code in groups of four', () => {
    expect(formatVerificationCode('ABCDEFGHJK')).toBe('ABCD-EFGH-JK');
  });

  // However she typed it; null is what cannot be one.
  itAnswersEach('reads a typed %j as %j', normalizeVerificationCode, [
    [' abcd efgh jk ', 'ABCD-EFGH-JK'],
    ['ABCD–EFGH–JK', 'ABCD-EFGH-JK'],
    // Digits people read for letters: 0 -> O, 1 -> I, 8 -> B.
    ['0P1Q-8RST-UV', 'OPIQ-BRST-UV'],
    ['ABCD-EFGH', null],
    ['ABCD-EFGH-J9', null],
  ]);

  it('says plainly in the footer that it is not a certified signature', () => {
    expect(verificationFooterText('ABCD-EFGH-JK')).toBe(
      'Kode verifikasi Risalah: ABCD-EFGH-JK — pemeriksaan internal aplikasi, bukan tanda tangan elektronik tersertifikasi.',
    );
  });
});

describe('domain/canonicalJson', () => {
  it('sorts keys at every depth, keeps array order, and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[3,{"y":2,"z":1}]},"b":1}',
    );
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
  });
});
