import iconv from 'iconv-lite';

export type TextEncodingName = 'UTF-8' | 'Windows-1252';
export type DecodedText = Readonly<{ text: string; encoding: TextEncodingName }>;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * CSV files come from Excel on Windows (Windows-1252, "CSV (Comma delimited)") or
 * from anything modern (UTF-8, sometimes with a BOM). Bytes that are valid UTF-8
 * are read as UTF-8; anything else as Windows-1252, which accepts every byte.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  try {
    // The fatal decoder drops a leading BOM itself (ignoreBOM: false).
    return { text: utf8.decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'win1252'), encoding: 'Windows-1252' };
  }
}
