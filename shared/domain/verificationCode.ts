/*
 * The short code printed in the footer of an approved version's documents. It is the
 * app's own check (the code leads to the stored SHA-256 of that version), not a
 * certified electronic signature; the footer says so in plain words.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Length of the code without its dashes: 50 bits, plenty for the versions of one office. */
export const VERIFICATION_CODE_LENGTH = 10;

/** RFC 4648 base32 (no padding) of some bytes. */
export function base32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/** "ABCDEFGHJK" -> "ABCD-EFGH-JK", the way it is printed and read aloud. */
export function formatVerificationCode(raw: string): string {
  return [raw.slice(0, 4), raw.slice(4, 8), raw.slice(8)].filter((part) => part !== '').join('-');
}

/**
 * What she typed, as stored: case, spaces and dashes do not matter, and the digits
 * people misread for letters (0 for O, 1 for I, 8 for B) are read as those letters.
 * Null when it cannot be a code.
 */
export function normalizeVerificationCode(typed: string): string | null {
  const cleaned = typed
    .toUpperCase()
    .replace(/[\s\-–—.]/g, '')
    .replace(/0/g, 'O')
    .replace(/1/g, 'I')
    .replace(/8/g, 'B');
  if (cleaned.length !== VERIFICATION_CODE_LENGTH || !/^[A-Z2-7]+$/.test(cleaned)) return null;
  return formatVerificationCode(cleaned);
}

/** The footer line of every document exported from an approved version. */
export function verificationFooterText(code: string): string {
  return `Kode verifikasi Risalah: ${code} — pemeriksaan internal aplikasi, bukan tanda tangan elektronik tersertifikasi.`;
}
