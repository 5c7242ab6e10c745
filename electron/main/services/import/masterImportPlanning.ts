import type { Db } from '../../db/connection';
import type { MasterImportPreview } from '../../../../shared/ipc/importContract';
import { AppError } from '../../../../shared/ipc/result';
import { masterDataStamp, readMasterDataKeys } from '../../repositories/masterImportRepository';
import { planMasterImport, type MasterImportPlan } from './masterImportRules';
import { packRows, type PackedRows } from './packedRows';
import { readTable, type RawTable } from './readTable';

/** Beyond this a file is almost certainly not a list of OPD and officials. */
export const MAX_IMPORT_ROWS = 100_000;

/**
 * Rows of the per-row report sent with a preview: errors first, so every one she must fix is
 * there unless there are more than this. The summary counts all rows. 90,000 reports cost
 * main about 0.5-0.9 s to receive and answer while her saves waited; she reads 25 per page.
 */
export const PREVIEW_ROWS = 2_000;

export type StagedImport = Readonly<{ name: string; bytes: Uint8Array; now: number; purpose: 'preview' | 'apply' }>;

/**
 * A checked file: for a preview, what she sees; for an import, the rows to write and the
 * state of the master data they were checked against (masterDataStamp). Only what the
 * purpose needs crosses back to the main thread: copying 90,000 rows there has a cost too.
 */
export type ReadyImport =
  | Readonly<{ purpose: 'preview'; preview: MasterImportPreview }>
  | Readonly<{
      purpose: 'apply';
      summary: MasterImportPreview['summary'];
      units: PackedRows<MasterImportPlan['units'][number]>;
      people: PackedRows<MasterImportPlan['people'][number]>;
      stamp: string;
    }>;

async function readChecked(name: string, bytes: Uint8Array): Promise<RawTable> {
  const table = await readTable(name, bytes);
  const dataRows = table.sheets.reduce((sum, sheet) => sum + Math.max(0, sheet.rows.length - 1), 0);
  if (dataRows === 0) {
    throw new AppError(
      'INVALID_INPUT',
      'Berkas tidak berisi baris data. Baris pertama harus judul kolom, data mulai baris kedua.',
    );
  }
  if (dataRows > MAX_IMPORT_ROWS) {
    throw new AppError(
      'INVALID_INPUT',
      `Berkas berisi ${dataRows.toLocaleString('id-ID')} baris; maks. ${MAX_IMPORT_ROWS.toLocaleString('id-ID')} baris sekali impor.`,
    );
  }
  return table;
}

/**
 * Parses the file and checks every row against the stored data; reads only, so it runs in
 * the import worker (workers/jobs.ts): a 50 MB sheet takes seconds to parse.
 */
export async function planStagedImport(db: Db, input: StagedImport): Promise<ReadyImport> {
  const table = await readChecked(input.name, input.bytes);
  // Read in one transaction, so the stamp describes exactly the keys the plan was checked against.
  const { keys, stamp } = db.transaction(() => ({ keys: readMasterDataKeys(db), stamp: masterDataStamp(db) }))();
  const plan = planMasterImport(table, keys, new Date(input.now));
  if (input.purpose === 'apply')
    return {
      purpose: 'apply',
      summary: plan.summary,
      units: packRows(plan.units),
      people: packRows(plan.people),
      stamp,
    };
  return {
    purpose: 'preview',
    preview: {
      fileName: input.name,
      format: { type: table.type, delimiter: table.delimiter, encoding: table.encoding },
      summary: plan.summary,
      rows: plan.reports.slice(0, PREVIEW_ROWS),
    },
  };
}
