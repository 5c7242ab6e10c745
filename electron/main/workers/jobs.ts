import type { Db } from '../db/connection';
import { checkpointWal } from '../db/walCheckpoint';
import { packDocuments } from '../export/documentPackage';
import { stampedAt } from '../export/docxTimestamps';
import { fillMeetingTemplate, type OfficeTemplates } from '../templates/officeTemplates';
import { searchIndex } from '../repositories/searchRepository';
import { packArchive, type PackArchiveInput } from '../services/archivePackage';
import { unpackArchive, type UnpackArchiveInput } from '../services/archiveUnpack';
import { readOpdForm } from '../services/followUp/opdFormReader';
import { planStagedImport } from '../services/import/masterImportPlanning';
import type { SearchQuery, SearchResults } from '../../../shared/domain/search';

/*
 * The work that may take seconds on a big archive or a big file and only reads: it runs in
 * a worker thread on its own read-only connection (readWorker.ts), so the main thread keeps
 * answering her autosaves and screens meanwhile. The same functions run in-process when no
 * worker is available (unit tests' handler contexts).
 */
export const READ_JOBS = {
  search: (db: Db, input: SearchQuery): SearchResults => searchIndex(db, input),
  'import-plan': (db: Db, input: Parameters<typeof planStagedImport>[1]) => planStagedImport(db, input),
  // While a big import writes, its WAL is copied into the file here: a checkpoint's fsync on the
  // main thread held her autosaves for up to 0.3 s (services/import/importSlices.ts).
  'checkpoint-wal': (db: Db, input: Readonly<{ nativeBinding?: string }>) =>
    checkpointWal(db.name, input.nativeBinding),
  // A returned OPD form (XLSX, up to 20 MB) is parsed here; main checks and writes its rows.
  'read-opd-form': (_db: Db, input: Readonly<{ bytes: Uint8Array }>) =>
    readOpdForm(
      Buffer.isBuffer(input.bytes)
        ? input.bytes
        : Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength),
    ),
  // Building and zipping DOCX is CPU only: main reads the source, the worker renders it.
  // `at` (ms): the moment the files carry, the approval's for an approved version (same bytes each time).
  'pack-documents': (
    _db: Db,
    input: Readonly<{
      source: Parameters<typeof packDocuments>[0];
      kinds: Parameters<typeof packDocuments>[1];
      fileName: string;
      at: number;
      templates?: OfficeTemplates;
    }>,
  ) =>
    packDocuments(input.source, input.kinds, input.fileName, new Date(input.at), (kind) => {
      const template = input.templates?.[kind];
      // Dated like the built-in files, so an approved version's export is the same bytes each time.
      return template ? stampedAt(fillMeetingTemplate(kind, template, input.source), new Date(input.at)) : null;
    }),
  // "Ekspor arsip": hashing and deflating the checked copy and the evidence (seconds on a big archive).
  'pack-archive': (_db: Db, input: PackArchiveInput) => packArchive(input),
  // "Impor arsip": inflating, the SHA-256 check and writing the work folder (seconds on a big archive).
  'unpack-archive': (_db: Db, input: UnpackArchiveInput) => unpackArchive(input),
} as const;

export type ReadJob = keyof typeof READ_JOBS;

/**
 * Jobs that read the files they are given, never the database: the worker opens no connection
 * for them, so they also run in recovery, when the data file is damaged (an archive import).
 */
export const FILE_JOBS: ReadonlySet<ReadJob> = new Set<ReadJob>(['unpack-archive']);
export type ReadJobInput<J extends ReadJob> = Parameters<(typeof READ_JOBS)[J]>[1];
export type ReadJobOutput<J extends ReadJob> = Awaited<ReturnType<(typeof READ_JOBS)[J]>>;

/** What crosses back from the worker: a value, or an error as code and message (AppError's, or INTERNAL). */
export type JobReply =
  | Readonly<{ id: number; ok: true; value: unknown }>
  | Readonly<{ id: number; ok: false; code: string; message: string }>;
export type JobRequest = Readonly<{ id: number; job: ReadJob; input: unknown }>;
