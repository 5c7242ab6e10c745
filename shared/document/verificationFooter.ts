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
  if (!code) return doc;
  // The metadata names the version always; the footer line only when the office turned it on.
  const named = { ...doc, verificationCode: code };
  if (!source.instansi.verificationFooter) return named;
  return { ...named, footer: { ...doc.footer, note: verificationFooterText(code) } };
}

/** How the metadata names the version: "Risalah ABCD-EFGH-JK" (what Verifikasi dokumen looks for). */
export function verificationMetadata(code: string): string {
  return `Risalah ${code}`;
}
