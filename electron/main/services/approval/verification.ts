import JSZip from 'jszip';
import type { VerificationResult, VerifiedVersion } from '../../../../shared/domain/approval';
import { extensionOf } from '../../../../shared/domain/files';
import { normalizeVerificationCode } from '../../../../shared/domain/verificationCode';
import type { ExportableKind } from '../../../../shared/document/fileNames';
import { AppError } from '../../../../shared/ipc/result';
import type { Db } from '../../db/connection';
import type { HandlerContext } from '../serviceContext';
import {
  findExportBySha,
  findVersionByCode,
  recordExports,
  type VersionRecord,
} from '../../repositories/approvalRepository';
import type { WriteContext } from '../../repositories/writeContext';
import { sha256Hex } from './verificationCode';
import { pdfMetadataText, pdfPageTexts } from './pdfText';

/*
 * "Verifikasi dokumen" (issue 6 part 5). A file matches only when its bytes are exactly
 * a file exported from an approved version (its SHA-256 was recorded at export), so one
 * changed byte is enough to fail. A file that is not known but still carries a footer
 * code of a known version has been altered after export. This is the app's own check,
 * not a certified electronic signature.
 */

function verified(record: VersionRecord): VerifiedVersion {
  return {
    meetingId: record.meetingId,
    meetingTitle: record.meetingTitle,
    meetingDate: record.meetingDate,
    version: record.version,
    approvedAt: record.approvedAt,
    approvedOn: record.approvedOn,
    approvedBy: record.approvedBy,
    verificationCode: record.verificationCode,
    latestVersion: record.latestVersion,
  };
}

export function verifyCode(db: Db, typed: string): VerificationResult {
  const code = normalizeVerificationCode(typed);
  if (code === null) {
    throw new AppError(
      'INVALID_INPUT',
      'Kode verifikasi terdiri atas 10 huruf dan angka, mis. ABCD-EFGH-JK. Periksa lagi kode di kaki dokumen.',
    );
  }
  const record = findVersionByCode(db, code);
  return record
    ? { verdict: 'MATCH', by: 'code', version: verified(record), file: null }
    : { verdict: 'UNKNOWN', by: 'code' };
}

const CODE_IN_TEXT = /Kode verifikasi Risalah:\s*([A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{2})/;

/** The footer code a file claims, if it can be read: a DOCX's footer parts, or a PDF's uncompressed text. */
async function claimedCode(name: string, bytes: Buffer): Promise<string | null> {
  if (extensionOf(name) === 'docx') {
    try {
      const zip = await JSZip.loadAsync(bytes);
      const parts = Object.keys(zip.files).filter((path) => /^word\/(footer\d*|document)\.xml$/.test(path));
      for (const path of parts) {
        const xml = (await zip.file(path)?.async('string')) ?? '';
        const match = CODE_IN_TEXT.exec(xml.replace(/<[^>]+>/g, ''));
        if (match?.[1]) return match[1];
      }
    } catch {
      // Not a readable DOCX any more: nothing claimed, the verdict is "unknown".
    }
    return null;
  }
  return CODE_IN_TEXT.exec(bytes.toString('latin1'))?.[1] ?? null;
}

/** How a PDF's text compares with the version it names (services/documents/pdfVerification.ts). */
export type PdfComparison =
  Readonly<{ matches: true; kind: ExportableKind }> | Readonly<{ matches: false; reason: string }>;
export type ComparePdf = (record: VersionRecord, pages: ReadonlyArray<string>) => PdfComparison;

const PDF_CODE = /Risalah:?\s*([A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{2})/;

/** The version a PDF names: its metadata (Title/Subject/Keywords/XMP) or the footer line of its text. */
export function pdfClaimedCode(metadata: string, text: string): string | null {
  return PDF_CODE.exec(metadata)?.[1] ?? PDF_CODE.exec(text.replace(/\s+/g, ' '))?.[1] ?? null;
}

const isPdf = (name: string, bytes: Buffer) =>
  extensionOf(name) === 'pdf' || bytes.subarray(0, 5).toString('latin1') === '%PDF-';

/** A PDF that is no recorded file: the version it names, then its text against that version. */
function verifyPrintedPdf(db: Db, bytes: Buffer, comparePdf: ComparePdf): VerificationResult {
  let pages: string[] = [];
  try {
    pages = pdfPageTexts(bytes);
  } catch {
    // A PDF this reader cannot take apart: only its metadata can still name a version.
  }
  const code = pdfClaimedCode(pdfMetadataText(bytes), pages.join('\n'));
  if (code === null) {
    return {
      verdict: 'UNKNOWN',
      by: 'file',
      reason:
        'PDF ini tidak membawa kode verifikasi Risalah (di metadata maupun kaki halaman), jadi tidak dapat dikaitkan dengan versi yang disahkan.',
    };
  }
  const record = findVersionByCode(db, code);
  if (record === null) {
    return {
      verdict: 'UNKNOWN',
      by: 'file',
      reason: `Kode ${code} yang dibawa PDF ini tidak dikenal di data aplikasi ini.`,
    };
  }
  const compared = comparePdf(record, pages);
  return compared.matches
    ? { verdict: 'MATCH', by: 'text', version: verified(record), kind: compared.kind }
    : { verdict: 'ALTERED', by: 'file', version: verified(record), reason: compared.reason };
}

/** `comparePdf` (given by the handler) checks a printed PDF's text; without it a PDF is judged by its bytes only. */
export async function verifyFile(
  ctx: HandlerContext,
  fileId: string,
  comparePdf?: ComparePdf,
): Promise<VerificationResult> {
  const staged = ctx.files.read(fileId);
  try {
    const found = findExportBySha(ctx.db, sha256Hex(staged.bytes));
    if (found) {
      const format = found.format === 'pdf' ? 'pdf' : 'docx';
      return {
        verdict: 'MATCH',
        by: 'file',
        version: verified(found.version),
        file: { kind: found.kind as ExportableKind, format, fileName: found.fileName, exportedAt: found.createdAt },
      };
    }
    if (comparePdf && isPdf(staged.name, staged.bytes)) return verifyPrintedPdf(ctx.db, staged.bytes, comparePdf);
    const code = await claimedCode(staged.name, staged.bytes);
    const claimed = code === null ? null : findVersionByCode(ctx.db, code);
    return claimed
      ? { verdict: 'ALTERED', by: 'file', version: verified(claimed) }
      : { verdict: 'UNKNOWN', by: 'file' };
  } finally {
    ctx.files.discard(fileId);
  }
}

export type ExportedFile = Readonly<{ kind: ExportableKind; format: 'docx' | 'pdf'; fileName: string; bytes: Buffer }>;

/** Records the SHA-256 of files exported from an approved version, so they can be verified later. */
export function rememberExports(
  db: Db,
  documentId: string,
  files: ReadonlyArray<ExportedFile>,
  ctx: WriteContext,
): void {
  recordExports(
    db,
    files.map((file) => ({
      documentId,
      kind: file.kind,
      format: file.format,
      fileName: file.fileName,
      size: file.bytes.length,
      sha256: sha256Hex(file.bytes),
    })),
    ctx,
  );
}
