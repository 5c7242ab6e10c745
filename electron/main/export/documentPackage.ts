import { buildDaftarHadir } from '../../../shared/document/buildDaftarHadir';
import { fileStemsOf } from '../../../shared/document/invitationLetterParts';
import { buildMatriksTindakLanjut } from '../../../shared/document/buildMatriksTindakLanjut';
import { buildNotula } from '../../../shared/document/buildNotula';
import { buildSuratUndangan } from '../../../shared/document/buildSuratUndangan';
import {
  documentFileName,
  exportFileName,
  finalFileName,
  type ExportableKind,
} from '../../../shared/document/fileNames';
import type { OfficialDocument } from '../../../shared/document/model';
import type { NotulaSource } from '../../../shared/document/source';
import { withVerificationFooter } from '../../../shared/document/verificationFooter';
import { withDraftMark } from '../../../shared/document/draftMark';
import { renderDocx } from './docxWriter';
import { zipAt } from './docxTimestamps';

/** Either the approved version's code in every footer, or "DRAF" on every page. */
function stamped(doc: OfficialDocument, source: NotulaSource): OfficialDocument {
  return withDraftMark(withVerificationFooter(doc, source), source);
}

/** The builder of each document a meeting exports (both writers, DOCX and the print view, take these). */
export const DOCUMENT_BUILDERS: Readonly<Record<ExportableKind, (source: NotulaSource) => OfficialDocument>> = {
  NOTULA: (source) => stamped(buildNotula(source), source),
  DAFTAR_HADIR: (source) => stamped(buildDaftarHadir(source), source),
  MATRIKS_TINDAK_LANJUT: (source) => stamped(buildMatriksTindakLanjut(source), source),
  // The letter goes out before the meeting, whatever becomes of the minutes: neither the
  // minutes' DRAF mark nor their verification code belongs on it.
  SURAT_UNDANGAN: (source) => buildSuratUndangan(source),
};

/** One DOCX inside the package; its bytes are recorded when it comes from an approved version. */
export type PackedFile = Readonly<{ kind: ExportableKind; name: string; bytes: Buffer }>;

export type DocumentPackage = Readonly<{
  bytes: Buffer;
  fileName: string;
  kind: 'docx' | 'zip';
  entries: ReadonlyArray<string>;
  files: ReadonlyArray<PackedFile>;
}>;

/**
 * The chosen documents as one file: a .docx for one, a .zip of .docx for several (each
 * named after its document and the meeting). `typedName` is what she typed; '' or an
 * unusable name falls back to the default. Every file and zip entry is dated `at` (an
 * approved version's approval moment, so its exports are the same bytes every time).
 */
export async function packDocuments(
  source: NotulaSource,
  kinds: ReadonlyArray<ExportableKind>,
  typedName: string,
  at: Date = new Date(),
  // The office's own template for a kind, when she chose one (Pengaturan → Dokumen); null: the built-in document.
  officeTemplate: (kind: ExportableKind) => Promise<Buffer> | null = () => null,
): Promise<DocumentPackage> {
  const { title, date } = source.meeting;
  const stems = fileStemsOf(source);
  const files = await Promise.all(
    kinds.map(async (kind) => ({
      kind,
      name: documentFileName(kind, title, date, 'docx', stems),
      bytes: await (officeTemplate(kind) ?? renderDocx(DOCUMENT_BUILDERS[kind](source), at)),
    })),
  );
  const fallback = exportFileName(kinds, title, date, stems);
  const [only] = files;
  if (files.length === 1 && only !== undefined) {
    const fileName = finalFileName(typedName, 'docx', fallback);
    return { bytes: only.bytes, fileName, kind: 'docx', entries: [only.name], files: [{ ...only, name: fileName }] };
  }
  // DOCX files are zips already: storing them saves time and costs almost nothing in size.
  const bytes = await zipAt(files, at);
  return {
    bytes,
    fileName: finalFileName(typedName, 'zip', fallback),
    kind: 'zip',
    entries: files.map((file) => file.name),
    files,
  };
}
