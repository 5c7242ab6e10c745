import type { Db } from '../../db/connection';
import type { MasterImportPreview, MasterImportResult } from '../../../../shared/ipc/importContract';
import { AppError } from '../../../../shared/ipc/result';
import type { HandlerContext } from '../serviceContext';
import { masterDataStamp } from '../../repositories/masterImportRepository';
import { discardPending } from '../../repositories/masterImportStaging';
import { markPublishing, settleUnfinishedImport } from '../../repositories/masterImportPublish';
import { publishInSlices, stageInSlices, withWorkerCheckpoints, type Checkpoint } from './importSlices';
import type { WriteContext } from '../../repositories/writeContext';
import type { planStagedImport, ReadyImport } from './masterImportPlanning';
import { rowCount } from './packedRows';

export { MAX_IMPORT_ROWS } from './masterImportPlanning';

const CHANGED = 'Data OPD atau pejabat berubah sejak berkas diperiksa. Periksa berkasnya lagi, lalu impor.';

type Planned<P extends ReadyImport['purpose']> = Extract<ReadyImport, { purpose: P }>;

/**
 * Parses and checks a staged file (masterImportPlanning.planStagedImport). The import handler
 * passes one that runs in the import worker, so her autosaves are answered meanwhile;
 * services never start workers themselves (workers/jobs.ts imports this layer).
 */
export type PlanImport = (args: Parameters<typeof planStagedImport>[1]) => Promise<ReadyImport>;

async function planInWorker<P extends ReadyImport['purpose']>(
  ctx: HandlerContext,
  planImport: PlanImport,
  fileId: string,
  purpose: P,
): Promise<Planned<P>> {
  const { name, bytes } = ctx.files.read(fileId);
  const ready = await planImport({ name, bytes, now: ctx.now(), purpose });
  if (ready.purpose !== purpose) throw new Error(`import worker answered ${ready.purpose} for ${purpose}`);
  return ready as Planned<P>;
}

export const PREVIEW_SUPERSEDED = 'Pemeriksaan berkas ini digantikan oleh berkas yang dipilih kemudian.';

export async function previewMasterImport(
  ctx: HandlerContext,
  planImport: PlanImport,
  fileId: string,
): Promise<MasterImportPreview> {
  return (await planInWorker(ctx, planImport, fileId, 'preview')).preview;
}

const ERRORS = (count: number) =>
  `Impor dibatalkan: ${count} baris bermasalah. Tidak ada data yang disimpan; perbaiki berkasnya lalu periksa lagi.`;
const BUSY = 'Impor lain sedang ditulis. Tunggu sampai selesai, lalu impor berkas ini.';

/** One import writes at a time: each discards the hidden rows an earlier one left behind. */
let writing = false;
/** She pressed "Batalkan": the import stops at its next slice (or before writing, if still checking). */
let cancelRequested = false;
/** Past the decision (masterImportPublish.ts): the import is saved, "Batalkan" comes too late. */
let publishing = false;

export const IMPORT_CANCELLED = 'Impor dibatalkan. Tidak ada data yang disimpan.';

/** Asks the import now writing to stop; false when none is running or it is already saved and being published. */
export function cancelMasterImport(): { cancelled: boolean } {
  if (!writing || publishing) return { cancelled: false };
  cancelRequested = true;
  return { cancelled: true };
}

function stopIfCancelled(): void {
  if (cancelRequested) throw new AppError('CONFLICT', IMPORT_CANCELLED);
}

/**
 * The rows checked in the worker, written hidden in short slices (her saves are answered between
 * them). Then, in one tiny transaction, the decision: only if the master data is still what they
 * were checked against and she did not cancel; otherwise, or if anything fails before it, the
 * hidden rows go and nothing changed. After it the rows are made live in short slices too, and a
 * crash meanwhile is finished at the next start (masterImportPublish.ts).
 */
async function writePlan(
  db: Db,
  ready: Planned<'apply'>,
  ctx: WriteContext,
  checkpoint: Checkpoint | undefined,
): Promise<{ unitsCreated: number; peopleCreated: number }> {
  if (ready.summary.errorRows > 0) throw new AppError('INVALID_INPUT', ERRORS(ready.summary.errorRows));
  settleUnfinishedImport(db);
  if (masterDataStamp(db) !== ready.stamp) throw new AppError('CONFLICT', CHANGED);
  await withWorkerCheckpoints(db, checkpoint, async (tick) => {
    try {
      await stageInSlices(db, ready.units, ready.people, ctx, tick, stopIfCancelled);
      db.transaction(() => {
        stopIfCancelled();
        if (masterDataStamp(db) !== ready.stamp) throw new AppError('CONFLICT', CHANGED);
        markPublishing(db, ctx.now);
      })();
    } catch (error) {
      if (db.open) discardPending(db);
      throw error;
    }
    publishing = true;
    await publishInSlices(db, tick);
  });
  return { unitsCreated: rowCount(ready.units), peopleCreated: rowCount(ready.people) };
}

/**
 * Checks the file again against the data as it is now (it may have changed since the
 * preview) and writes every row, or nothing (writePlan). Should the master data
 * change between the check and the write (she edited an OPD meanwhile), it is checked once more.
 */
export async function applyMasterImport(
  ctx: HandlerContext,
  planImport: PlanImport,
  fileId: string,
  write: WriteContext,
  checkpoint?: Checkpoint,
): Promise<MasterImportResult> {
  const started = performance.now();
  if (writing) throw new AppError('CONFLICT', BUSY);
  writing = true;
  cancelRequested = false;
  let result: { unitsCreated: number; peopleCreated: number } | null = null;
  try {
    for (let attempt = 0; result === null; attempt += 1) {
      const ready = await planInWorker(ctx, planImport, fileId, 'apply');
      stopIfCancelled();
      try {
        result = await writePlan(ctx.db, ready, write, checkpoint);
      } catch (error) {
        if (!(error instanceof AppError && error.message === CHANGED) || attempt >= 2) throw error;
      }
    }
  } finally {
    writing = false;
    cancelRequested = false;
    publishing = false;
  }
  ctx.files.discard(fileId);
  return { ...result, elapsedMs: Math.round(performance.now() - started) };
}
