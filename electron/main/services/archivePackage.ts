import JSZip from 'jszip';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ArchiveManifest } from '../../../shared/domain/backup';

/*
 * The CPU-heavy half of "Ekspor arsip": hashing the copy of the database and deflating it
 * with the evidence folder (seconds for a ten-year archive). It reads files only and runs in
 * the export worker (workers/jobs.ts), so her autosaves are answered meanwhile; archiveService
 * makes the consistent copy and checks it on the main side first.
 */
export const DB_ENTRY = 'risalah.db';
export const MANIFEST_ENTRY = 'manifest.json';
export const EVIDENCE_DIR = 'bukti';

export type StoredManifest = ArchiveManifest & Readonly<{ databaseSha256: string }>;

export type PackArchiveInput = Readonly<{
  /** The checked copy of the database (a file in the archive's work folder). */
  databaseFile: string;
  /** The data folder's `bukti/`, which may not exist. */
  evidenceRoot: string;
  manifest: Omit<StoredManifest, 'databaseSha256' | 'evidenceFiles'>;
}>;

export type PackedArchive = Readonly<{ bytes: Uint8Array; manifest: ArchiveManifest }>;

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function* filesUnder(root: string): Generator<string> {
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const full = join(root, entry.name);
    if (entry.isDirectory()) yield* filesUnder(full);
    else if (entry.isFile()) yield full;
  }
}

export async function packArchive(input: PackArchiveInput): Promise<PackedArchive> {
  const database = readFileSync(input.databaseFile);
  const zip = new JSZip();
  zip.file(DB_ENTRY, database);
  let evidenceFiles = 0;
  if (existsSync(input.evidenceRoot)) {
    for (const file of filesUnder(input.evidenceRoot)) {
      zip.file(`${EVIDENCE_DIR}/${relative(input.evidenceRoot, file).split(sep).join('/')}`, readFileSync(file));
      evidenceFiles += 1;
    }
  }
  const manifest: StoredManifest = { ...input.manifest, evidenceFiles, databaseSha256: sha256(database) };
  zip.file(MANIFEST_ENTRY, JSON.stringify(manifest, null, 2));
  const bytes = await zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
  });
  const { databaseSha256: _hash, ...shown } = manifest;
  return { bytes, manifest: shown };
}
