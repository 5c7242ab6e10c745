import { describe, expect, it } from 'vitest';
import { pdfDatedAt } from '../../../electron/main/export/pdfTimestamps';

/* The Info dictionary as Chromium's Skia writes it, with a binary stream before it. */
function skiaPdf(stamp: string): Buffer {
  return Buffer.concat([
    Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n2 0 obj\n<</Length 4>> stream\n', 'latin1'),
    Buffer.from([0x00, 0xff, 0x80, 0x0a]),
    Buffer.from(
      `\nendstream\nendobj\n1 0 obj\n<</Creator (HeadlessChrome)\n/Producer (Skia/PDF m156)\n/CreationDate (D:${stamp})\n/ModDate (D:${stamp})>>\nendobj\n` +
        'xref\n0 3\ntrailer\n<</Size 3 /Info 1 0 R>>\nstartxref\n120\n%%EOF\n',
      'latin1',
    ),
  ]);
}

describe('export/pdfTimestamps', () => {
  it('dates a printed PDF at the given moment in place: same length, binary bytes untouched', () => {
    const at = new Date('2026-11-28T07:00:00Z');
    const first = pdfDatedAt(skiaPdf("20261205121837+07'00'"), at);
    const second = pdfDatedAt(skiaPdf("20261206093001+00'00'"), at);
    expect(second.equals(first)).toBe(true);
    expect(first.length).toBe(skiaPdf("20261205121837+07'00'").length);
    const text = first.toString('latin1');
    expect(text).toContain("/CreationDate (D:20261128070000+00'00')");
    expect(text).toContain("/ModDate (D:20261128070000+00'00')");
    expect([...first.subarray(first.indexOf('stream\n') + 7, first.indexOf('stream\n') + 11)]).toEqual([
      0x00, 0xff, 0x80, 0x0a,
    ]);
  });
});
