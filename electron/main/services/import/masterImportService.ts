import type { Db } from '../../db/connection';
import type { MasterImportPreview, MasterImportResult } from '../../../../shared/ipc/importContract';
import { AppError } from '../../../../shared/ipc/result';
import type { HandlerContext } from '../serviceContext';
import { insertMasterData, masterDataStamp } from '../../repositories/masterImportRepository';
import type { WriteContext } from '../../repositories/writeContext';
import type { planStagedImport, ReadyImport } from './masterImportPlanning';

export { MAX_IMPORT_ROWS } from './masterImportPlanning';

const CHANGED = 'Data OPD atau pejabat berubah sejak berkas diperiksa. Periksa berkasnya lagi, lalu impor.';

type Planned<P extends ReadyImport['purpose']> = Extract<ReadyImport, { purpose: P }>;

/**
 * Parses and checks a staged file (masterImportPlanning.planStagedImport). The import handler
 * passes one that runs in the import worker, so her autosaves are answered meanwhile;
 * services never start workers themselves (workers/jobs.ts imports this layer).
 */
export type PlanImport = (args: Parameters<typeof planStagedImport>[1]) => Promise<ReadyImport>;

async function planInWorker<P extends ReadyImport['purpose']>(ctx: HandlerContext, planImport: PlanImport, fileId: string, purpose: P): Promise<Planned<P>> {
  const { name, bytes } = ctx.files.read(fileId);
  const ready = await planImport({ name, bytes, now: ctx.now(), purpose });
  if (ready.purpose !== purpose) throw new Error(`import worker answered ${ready.purpose} for ${purpose}`);
  return ready as Planned<P>;
}

export async function previewMasterImport(ctx: HandlerContext, planImport: PlanImport, fileId: string): Promise<MasterImportPreview> {
  return (await planInWorker(ctx, planImport, fileId, 'preview')).preview;
}

/** The rows checked in the worker, written here only if the master data is still what they were checked against. */
function writePlan(db: Db, ready: Planned<'apply'>, ctx: WriteContext): { unitsCreated: number; peopleCreated: number } {
  return db.transaction(() => {
    if (ready.summary.errorRows > 0) {
      throw new AppError(
        'INVALID_INPUT',
        `Impor dibatalkan: ${ready.summary.errorRows} baris bermasalah. Tidak ada data yang disimpan; perbaiki berkasnya lalu periksa lagi.`,
      );
    }
    if (masterDataStamp(db) !== ready.stamp) throw new AppError('CONFLICT', CHANGED);
    insertMasterData(db, ready.units, ready.people, ctx);
    return { unitsCreated: ready.units.length, peopleCreated: ready.people.length };
  })();
}

/**
 * Checks the file again against the data as it is now (it may have changed since the
 * preview) and writes every row in one transaction, or nothing. Should the master data
 * change between the check and the write (she edited an OPD meanwhile), it is checked once more.
 */
export async function applyMasterImport(
  ctx: HandlerContext,
  planImport: PlanImport,
  fileId: string,
  write: WriteContext,
): Promise<MasterImportResult> {
  const started = performance.now();
  let result: { unitsCreated: number; peopleCreated: number } | null = null;
  for (let attempt = 0; result === null; attempt += 1) {
    const ready = await planInWorker(ctx, planImport, fileId, 'apply');
    try {
      result = writePlan(ctx.db, ready, write);
    } catch (error) {
      if (!(error instanceof AppError && error.message === CHANGED) || attempt >= 2) throw error;
    }
  }
  ctx.files.discard(fileId);
  return { ...result, elapsedMs: Math.round(performance.now() - started) };
}
