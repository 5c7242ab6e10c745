import type { Db } from '../../db/connection';
import type { FileGateway } from '../../files/fileGateway';
import type { MasterImportPreview, MasterImportResult } from '../../../../shared/ipc/importContract';
import { AppError } from '../../../../shared/ipc/result';
import { insertMasterData, readMasterDataKeys } from '../../repositories/masterImportRepository';
import type { WriteContext } from '../../repositories/writeContext';
import { planMasterImport, type MasterImportPlan } from './masterImportRules';
import { readTable, type RawTable } from './readTable';

/** Beyond this a file is almost certainly not a list of OPD and officials. */
export const MAX_IMPORT_ROWS = 100_000;

async function readStaged(files: FileGateway, fileId: string): Promise<{ name: string; table: RawTable }> {
  const { name, bytes } = files.read(fileId);
  const table = await readTable(name, bytes);
  const dataRows = table.sheets.reduce((sum, sheet) => sum + Math.max(0, sheet.rows.length - 1), 0);
  if (dataRows === 0) {
    throw new AppError('INVALID_INPUT', 'Berkas tidak berisi baris data. Baris pertama harus judul kolom, data mulai baris kedua.');
  }
  if (dataRows > MAX_IMPORT_ROWS) {
    throw new AppError('INVALID_INPUT', `Berkas berisi ${dataRows.toLocaleString('id-ID')} baris; maks. ${MAX_IMPORT_ROWS.toLocaleString('id-ID')} baris sekali impor.`);
  }
  return { name, table };
}

function plan(db: Db, table: RawTable, now: number): MasterImportPlan {
  return planMasterImport(table, readMasterDataKeys(db), new Date(now));
}

export async function previewMasterImport(db: Db, files: FileGateway, fileId: string, now: number): Promise<MasterImportPreview> {
  const { name, table } = await readStaged(files, fileId);
  const checked = plan(db, table, now);
  return {
    fileName: name,
    format: { type: table.type, delimiter: table.delimiter, encoding: table.encoding },
    summary: checked.summary,
    rows: checked.reports,
  };
}

/**
 * Checks the file again against the data as it is now (it may have changed since
 * the preview) and writes every row in one transaction, or nothing.
 */
export async function applyMasterImport(db: Db, files: FileGateway, fileId: string, ctx: WriteContext): Promise<MasterImportResult> {
  const started = performance.now();
  const { table } = await readStaged(files, fileId);
  const result = db.transaction(() => {
    const checked = plan(db, table, ctx.now);
    if (checked.summary.errorRows > 0) {
      throw new AppError(
        'INVALID_INPUT',
        `Impor dibatalkan: ${checked.summary.errorRows} baris bermasalah. Tidak ada data yang disimpan; perbaiki berkasnya lalu periksa lagi.`,
      );
    }
    insertMasterData(db, checked.units, checked.people, ctx);
    return { unitsCreated: checked.units.length, peopleCreated: checked.people.length };
  })();
  files.discard(fileId);
  return { ...result, elapsedMs: Math.round(performance.now() - started) };
}
