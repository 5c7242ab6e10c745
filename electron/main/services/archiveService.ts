import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ArchiveImportResult, ArchiveManifest } from '../../../shared/domain/backup';
import type { Delivery } from '../../../shared/domain/files';
import { AppError } from '../../../shared/ipc/result';
import { writeBackup } from '../db/backupFiles';
import type { AppDataStore } from '../db/dataStore';
import { checkFileInWorker } from '../db/backgroundCheck';
import { latestVersion } from '../db/migrate';
import type { FileGateway } from '../files/fileGateway';
import { DB_ENTRY, EVIDENCE_DIR, packArchive, type PackArchiveInput, type PackedArchive } from './archivePackage';
import { unpackArchive, type UnpackArchiveInput, type UnpackedArchive } from './archiveUnpack';
import { assertRestorable, keepCurrentData, swapDataFile } from './backupService';
import { throwIfCancelled } from './cancellation';

/*
 * The whole archive as one file, to move Risalah to another computer: a zip
 * (named .risalah so nobody edits it by accident) of manifest.json, a
 * consistent copy of the database and the evidence folder `bukti/`.
 */

/**
 * Hashes and zips the checked copy (archivePackage.packArchive). The handler passes one that
 * runs in the export worker; services never start workers themselves (workers/jobs.ts imports this layer).
 */
export type PackArchive = (input: PackArchiveInput) => Promise<PackedArchive>;

/** Inflates and checks an archive into a work folder (archiveUnpack.unpackArchive); the handler's runs in the export worker. */
export type UnpackArchive = (input: UnpackArchiveInput) => Promise<UnpackedArchive>;

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
  /** "Batalkan" (services/cancellation.ts): checked between the stages; the check and the pack are ended at once. */
  signal?: AbortSignal,
): Promise<{ bytes: Buffer; manifest: ArchiveManifest }> {
  return store.exclusive('copy', async () => {
    const work = mkdtempSync(join(store.dataDir, '.arsip-'));
    try {
      const copyName = await writeBackup(store.db, work, now, { reason: 'manual' }, store.openOptions.nativeBinding);
      throwIfCancelled(signal);
      const check = await checkFileInWorker(
        join(work, copyName),
        { knownVersion: latestVersion(), nativeBinding: store.openOptions.nativeBinding },
        signal,
      );
      throwIfCancelled(signal);
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
  signal?: AbortSignal,
): Promise<Delivery> {
  const { bytes } = await buildArchive(store, appVersion, now, pack, signal);
  throwIfCancelled(signal);
  return files.deliver({ bytes, fileName: archiveFileName(now), kind: 'risalah' });
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
  unpack: UnpackArchive = unpackArchive,
): Promise<ArchiveImportResult> {
  const { bytes } = files.read(fileId);
  const work = mkdtempSync(join(store.dataDir, '.impor-'));
  try {
    // Inflating and hashing take seconds on a big archive: done (in the worker) before the swap's lock.
    const archive = await unpack({ bytes, workDir: work });
    return await store.exclusive('swap', async () => {
      const prepared = join(work, DB_ENTRY);
      assertRestorable(
        await checkFileInWorker(prepared, {
          knownVersion: latestVersion(),
          requireRisalah: true,
          nativeBinding: store.openOptions.nativeBinding,
        }),
        'Basis data di dalam arsip',
      );
      const stagedEvidence = join(work, EVIDENCE_DIR);
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
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
