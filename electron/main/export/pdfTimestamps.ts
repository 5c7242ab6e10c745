/*
 * Chromium's PDF (Skia) carries "now" in its Info dictionary only: /CreationDate and /ModDate,
 * as (D:YYYYMMDDHHmmSS+HH'mm'). They are rewritten in place to one given moment, in UTC; the
 * text keeps its length, so the cross-reference offsets stay right. Then an approved version
 * printed twice gives the same PDF bytes, as its DOCX does.
 */

const PDF_DATE = /\/(CreationDate|ModDate) \(D:\d{14}[+-]\d{2}'\d{2}'\)/g;

function pdfDate(at: Date): string {
  const iso = at.toISOString();
  return `D:${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}+00'00'`;
}

export function pdfDatedAt(pdf: Buffer, at: Date): Buffer {
  // latin1 maps every byte to one character and back, so binary streams come through untouched.
  const text = pdf.toString('latin1');
  const dated = text.replace(PDF_DATE, (_all, key: string) => `/${key} (${pdfDate(at)})`);
  return Buffer.from(dated, 'latin1');
}
