import { verificationFooterText } from '../domain/verificationCode';
import type { OfficialDocument } from './model';
import type { NotulaSource } from './source';

/**
 * Adds the verification line to the footer of a document built from an approved version
 * ("Kode verifikasi Risalah: ABCD-EFGH-JK — pemeriksaan internal aplikasi, bukan tanda
 * tangan elektronik tersertifikasi."), when the office turned it on in Pengaturan → Dokumen
 * (off by default, issue 16). Drafts print no code.
 */
export function withVerificationFooter(doc: OfficialDocument, source: NotulaSource): OfficialDocument {
  const code = source.verificationCode;
  if (!code || !source.instansi.verificationFooter) return doc;
  return { ...doc, footer: { ...doc.footer, note: verificationFooterText(code) } };
}
