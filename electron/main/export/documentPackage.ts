import JSZip from 'jszip';
import { buildDaftarHadir } from '../../../shared/document/buildDaftarHadir';
import { buildMatriksTindakLanjut } from '../../../shared/document/buildMatriksTindakLanjut';
import { buildNotula } from '../../../shared/document/buildNotula';
import { documentFileName, exportFileName, finalFileName, type ExportableKind } from '../../../shared/document/fileNames';
import type { OfficialDocument } from '../../../shared/document/model';
import type { NotulaSource } from '../../../shared/document/source';
import { withVerificationFooter } from '../../../shared/document/verificationFooter';
import { renderDocx } from './docxWriter';

/** The builder of each document a meeting exports; an approved version's code goes into every footer. */
export const DOCUMENT_BUILDERS: Readonly<Record<ExportableKind, (source: NotulaSource) => OfficialDocument>> = {
  NOTULA: (source) => withVerificationFooter(buildNotula(source), source),
  DAFTAR_HADIR: (source) => withVerificationFooter(buildDaftarHadir(source), source),
  MATRIKS_TINDAK_LANJUT: (source) => withVerificationFooter(buildMatriksTindakLanjut(source), source),
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
 * unusable name falls back to the default.
 */
export async function packDocuments(source: NotulaSource, kinds: ReadonlyArray<ExportableKind>, typedName: string): Promise<DocumentPackage> {
  const { title, date } = source.meeting;
  const files = await Promise.all(
    kinds.map(async (kind) => ({ kind, name: documentFileName(kind, title, date), bytes: await renderDocx(DOCUMENT_BUILDERS[kind](source)) })),
  );
  const fallback = exportFileName(kinds, title, date);
  const [only] = files;
  if (files.length === 1 && only !== undefined) {
    const fileName = finalFileName(typedName, 'docx', fallback);
    return { bytes: only.bytes, fileName, kind: 'docx', entries: [only.name], files: [{ ...only, name: fileName }] };
  }
  const zip = new JSZip();
  // DOCX files are zips already: storing them saves time and costs almost nothing in size.
  for (const file of files) zip.file(file.name, file.bytes, { compression: 'STORE' });
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
  return { bytes, fileName: finalFileName(typedName, 'zip', fallback), kind: 'zip', entries: files.map((file) => file.name), files };
}
