import JSZip from 'jszip';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { AppError } from '../../../shared/ipc/result';
import { latestVersion } from '../db/migrate';
import { DB_ENTRY, EVIDENCE_DIR, MANIFEST_ENTRY, sha256, type StoredManifest } from './archivePackage';

/*
 * The CPU-heavy half of "Impor arsip": inflating the package, checking the database against
 * its SHA-256 and writing it and the evidence into the import's work folder (seconds for a
 * ten-year archive). It touches only that folder and runs in the export worker
 * (workers/jobs.ts, job 'unpack-archive'), so her screens keep answering meanwhile;
 * archiveService checks the unpacked database and swaps it in on the main side.
 */
export const NOT_AN_ARCHIVE = 'Berkas ini bukan arsip Risalah yang utuh. Data Anda tidak diubah.';

export type UnpackArchiveInput = Readonly<{
  /** The staged .risalah file (a copy of it when it crossed to the worker). */
  bytes: Uint8Array;
  /** An empty work folder in the data folder: gets risalah.db and bukti/. */
  workDir: string;
}>;

export type UnpackedArchive = Readonly<{ manifest: StoredManifest; evidenceFiles: number }>;

/** A relative path inside bukti/, or null for anything that could escape it (zip-slip). */
function evidencePath(entryName: string): string | null {
  if (!entryName.startsWith(`${EVIDENCE_DIR}/`)) return null;
  const rest = entryName.slice(EVIDENCE_DIR.length + 1);
  const parts = rest.split('/');
  if (parts.some((part) => part === '' || part === '.' || part === '..' || /[\\:\0]/.test(part))) return null;
  return parts.join(sep);
}

function parseManifest(text: string): StoredManifest {
  let value: Partial<StoredManifest>;
  try {
    value = JSON.parse(text) as Partial<StoredManifest>;
  } catch {
    throw new AppError('INVALID_INPUT', NOT_AN_ARCHIVE);
  }
  if (
    value.format !== 'risalah-arsip' ||
    typeof value.schemaVersion !== 'number' ||
    typeof value.databaseSha256 !== 'string'
  ) {
    throw new AppError('INVALID_INPUT', NOT_AN_ARCHIVE);
  }
  if (value.formatVersion !== 1 || value.schemaVersion > latestVersion()) {
    throw new AppError(
      'CONFLICT',
      `Arsip ini dibuat oleh Risalah versi ${String(value.appVersion ?? '?')} yang lebih baru. Perbarui aplikasi dahulu; data Anda tidak diubah.`,
    );
  }
  return value as StoredManifest;
}

/**
 * Everything is checked (names, manifest, checksum) before anything is written, and then only
 * into `workDir`: the caller removes it whatever happens.
 */
export async function unpackArchive(input: UnpackArchiveInput): Promise<UnpackedArchive> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(input.bytes, { checkCRC32: true });
  } catch {
    throw new AppError('INVALID_INPUT', NOT_AN_ARCHIVE);
  }
  const evidence: Array<{ path: string; entry: JSZip.JSZipObject }> = [];
  for (const entry of Object.values(zip.files)) {
    const name = entry.unsafeOriginalName ?? entry.name;
    if (name === DB_ENTRY || name === MANIFEST_ENTRY || (entry.dir && name.replace(/\/$/, '') === EVIDENCE_DIR))
      continue;
    const path = evidencePath(name.replace(/\/$/, ''));
    if (path === null)
      throw new AppError(
        'INVALID_INPUT',
        `Arsip berisi berkas yang tidak dikenal (${name.slice(0, 80)}). Data Anda tidak diubah.`,
      );
    if (!entry.dir) evidence.push({ path, entry });
  }
  const manifestEntry = zip.file(MANIFEST_ENTRY);
  const databaseEntry = zip.file(DB_ENTRY);
  if (!manifestEntry || !databaseEntry) throw new AppError('INVALID_INPUT', NOT_AN_ARCHIVE);
  const manifest = parseManifest(await manifestEntry.async('string'));
  const database = await databaseEntry.async('nodebuffer');
  if (sha256(database) !== manifest.databaseSha256) {
    throw new AppError(
      'INVALID_INPUT',
      'Isi arsip tidak cocok dengan catatannya (berkas rusak saat disalin?). Data Anda tidak diubah.',
    );
  }
  writeFileSync(join(input.workDir, DB_ENTRY), database);
  for (const { path, entry } of evidence) {
    const target = join(input.workDir, EVIDENCE_DIR, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, await entry.async('nodebuffer'));
  }
  return { manifest, evidenceFiles: evidence.length };
}
