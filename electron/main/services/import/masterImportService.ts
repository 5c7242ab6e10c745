import type { Db } from '../../db/connection';
import type { MasterImportPreview, MasterImportResult } from '../../../../shared/ipc/importContract';
import { AppError } from '../../../../shared/ipc/result';
import type { HandlerContext } from '../../ipc/handlerTypes';
import { insertMasterData, masterDataStamp } from '../../repositories/masterImportRepository';
import type { WriteContext } from '../../repositories/writeContext';
import { runRead } from '../../workers/runRead';
import type { ReadyImport } from './masterImportPlanning';

export { MAX_IMPORT_ROWS } from './masterImportPlanning';

const CHANGED = 'Data OPD atau pejabat berubah sejak berkas diperiksa. Periksa berkasnya lagi, lalu impor.';

type Planned<P extends ReadyImport['purpose']> = Extract<ReadyImport, { purpose: P }>;

/** Parsing and checking run in the import worker, so her autosaves are answered meanwhile. */
async function planInWorker<P extends ReadyImport['purpose']>(ctx: HandlerContext, fileId: string, purpose: P): Promise<Planned<P>> {
  const { name, bytes } = ctx.files.read(fileId);
  const ready = await runRead(ctx, 'import', 'import-plan', { name, bytes, now: ctx.now(), purpose });
  if (ready.purpose !== purpose) throw new Error(`import worker answered ${ready.purpose} for ${purpose}`);
  return ready as Planned<P>;
}

export async function previewMasterImport(ctx: HandlerContext, fileId: string): Promise<MasterImportPreview> {
  return (await planInWorker(ctx, fileId, 'preview')).preview;
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
export async function applyMasterImport(ctx: HandlerContext, fileId: string, write: WriteContext): Promise<MasterImportResult> {
  const started = performance.now();
  let result: { unitsCreated: number; peopleCreated: number } | null = null;
  for (let attempt = 0; result === null; attempt += 1) {
    const ready = await planInWorker(ctx, fileId, 'apply');
    try {
      result = writePlan(ctx.db, ready, write);
    } catch (error) {
      if (!(error instanceof AppError && error.message === CHANGED) || attempt >= 2) throw error;
    }
  }
  ctx.files.discard(fileId);
  return { ...result, elapsedMs: Math.round(performance.now() - started) };
}
