import JSZip from 'jszip';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import type { ArchiveImportResult, ArchiveManifest } from '../../../shared/domain/backup';
import type { Delivery } from '../../../shared/domain/files';
import { AppError } from '../../../shared/ipc/result';
import { writeBackup } from '../db/backupFiles';
import type { AppDataStore } from '../db/dataStore';
import { checkFileInWorker } from '../db/backgroundCheck';
import { latestVersion } from '../db/migrate';
import type { FileGateway } from '../files/fileGateway';
import {
  DB_ENTRY,
  EVIDENCE_DIR,
  MANIFEST_ENTRY,
  packArchive,
  sha256,
  type PackArchiveInput,
  type PackedArchive,
  type StoredManifest,
} from './archivePackage';
import { assertRestorable, keepCurrentData, swapDataFile } from './backupService';

/*
 * The whole archive as one file, to move Risalah to another computer: a zip
 * (named .risalah so nobody edits it by accident) of manifest.json, a
 * consistent copy of the database and the evidence folder `bukti/`.
 */

const NOT_AN_ARCHIVE = 'Berkas ini bukan arsip Risalah yang utuh. Data Anda tidak diubah.';

/**
 * Hashes and zips the checked copy (archivePackage.packArchive). The handler passes one that
 * runs in the export worker; services never start workers themselves (workers/jobs.ts imports this layer).
 */
export type PackArchive = (input: PackArchiveInput) => Promise<PackedArchive>;

const pad = (value: number) => String(value).padStart(2, '0');

function stamp(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}`;
}

/** Where the replaced evidence folder is kept: `bukti-sebelum-impor-2026-11-27-0930`. */
function keptEvidenceDir(dataDir: string, at: number): string {
  const stem = join(dataDir, `${EVIDENCE_DIR}-sebelum-impor-${stamp(at)}`);
  let dir = stem;
  for (let n = 2; existsSync(dir); n += 1) dir = `${stem}-${n}`;
  return dir;
}

function archiveFileName(at: number): string {
  return `risalah-arsip-${stamp(at)}.risalah`;
}

const WORK_FOLDER = /^\.(arsip|impor)-/;

/**
 * The work folders of an archive export or import cut off by a shutdown or a crash (each holds
 * a copy of the database, as big as her data): removed when the app opens the folder again.
 */
export function clearArchiveLeftovers(dataDir: string): void {
  if (!existsSync(dataDir)) return;
  for (const entry of readdirSync(dataDir, { withFileTypes: true })) {
    if (entry.isDirectory() && WORK_FOLDER.test(entry.name))
      rmSync(join(dataDir, entry.name), { recursive: true, force: true });
  }
}

/** Builds the archive's bytes; the copy of the database is taken with the online backup API. */
export async function buildArchive(
  store: AppDataStore,
  appVersion: string,
  now: number,
  pack: PackArchive = packArchive,
): Promise<{ bytes: Buffer; manifest: ArchiveManifest }> {
  return store.exclusive('copy', async () => {
    const work = mkdtempSync(join(store.dataDir, '.arsip-'));
    try {
      const copyName = await writeBackup(store.db, work, now, { reason: 'manual' }, store.openOptions.nativeBinding);
      const check = await checkFileInWorker(join(work, copyName), {
        knownVersion: latestVersion(),
        nativeBinding: store.openOptions.nativeBinding,
      });
      if (!check.ok)
        throw new AppError(
          'INTERNAL',
          `Salinan data untuk arsip tidak lolos pemeriksaan (${check.detail}); arsip tidak dibuat.`,
        );
      const packed = await pack({
        databaseFile: join(work, copyName),
        evidenceRoot: join(store.dataDir, EVIDENCE_DIR),
        manifest: {
          format: 'risalah-arsip',
          formatVersion: 1,
          appVersion,
          schemaVersion: check.schemaVersion,
          createdAt: now,
        },
      });
      // From the worker the bytes arrive as a Uint8Array: the same memory seen as a Buffer.
      const bytes = Buffer.from(packed.bytes.buffer, packed.bytes.byteOffset, packed.bytes.byteLength);
      return { bytes, manifest: packed.manifest };
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
}

/** "Ekspor arsip": a save dialog (desktop) or a download (web). */
export async function exportArchive(
  store: AppDataStore,
  files: FileGateway,
  appVersion: string,
  now: number,
  pack?: PackArchive,
): Promise<Delivery> {
  const { bytes } = await buildArchive(store, appVersion, now, pack);
  return files.deliver({ bytes, fileName: archiveFileName(now), kind: 'risalah' });
}

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

type ReadArchive = Readonly<{
  manifest: StoredManifest;
  database: Buffer;
  evidence: ReadonlyArray<{ path: string; entry: JSZip.JSZipObject }>;
}>;

/** Everything is checked before anything on disk changes. */
async function readArchive(bytes: Buffer): Promise<ReadArchive> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
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
  return { manifest, database, evidence };
}

/**
 * "Impor arsip": checks the archive (manifest, checksum, quick_check, not from
 * a newer app), backs up the current data, then swaps the database atomically
 * and the evidence folder by renames. The old evidence folder is kept beside
 * it as `bukti-sebelum-impor-…`, because backups hold only the database.
 */
export async function importArchive(
  store: AppDataStore,
  files: FileGateway,
  fileId: string,
  now: number,
): Promise<ArchiveImportResult> {
  const archive = await readArchive(files.read(fileId).bytes);
  return store.exclusive('swap', async () => {
    const work = mkdtempSync(join(store.dataDir, '.impor-'));
    try {
      const prepared = join(work, DB_ENTRY);
      writeFileSync(prepared, archive.database);
      assertRestorable(
        await checkFileInWorker(prepared, {
          knownVersion: latestVersion(),
          requireRisalah: true,
          nativeBinding: store.openOptions.nativeBinding,
        }),
        'Basis data di dalam arsip',
      );
      const stagedEvidence = join(work, EVIDENCE_DIR);
      for (const { path, entry } of archive.evidence) {
        const target = join(stagedEvidence, path);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, await entry.async('nodebuffer'));
      }

      const previous = await keepCurrentData(store, 'sebelum-impor', now);
      swapDataFile(store, prepared, previous);
      const evidenceRoot = join(store.dataDir, EVIDENCE_DIR);
      if (existsSync(evidenceRoot)) {
        renameSync(evidenceRoot, keptEvidenceDir(store.dataDir, now));
      }
      if (existsSync(stagedEvidence)) renameSync(stagedEvidence, evidenceRoot);
      files.discard(fileId);
      const { databaseSha256: _hash, ...manifest } = archive.manifest;
      return { manifest, previousBackup: previous };
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
}
