// Types and channel names only: the preload bundles this file, so the spec is imported as a
// type (erased). The channels themselves are specified in importSchemas.ts.
import type { ContractOf } from './channelSpec';
import { channelSet } from './channelSet';
import type { importSpec } from './importSchemas';

export type ImportRowKind = 'unit' | 'person';

/** One data row of the file as checked: where it is, what it is, and why it cannot be imported. */
export type ImportRowReport = Readonly<{
  /** Sheet name for XLSX; the file name for CSV. */
  sheet: string;
  /** The row number as a spreadsheet shows it (header = 1). */
  line: number;
  kind: ImportRowKind;
  /** Name (and code or NIP) so she recognises the row. */
  label: string;
  status: 'ok' | 'error';
  /** Indonesian reasons, empty when ok. */
  reasons: ReadonlyArray<string>;
}>;

export type ImportSummary = Readonly<{
  rows: number;
  okRows: number;
  errorRows: number;
  newUnits: number;
  newPeople: number;
}>;

export type MasterImportPreview = Readonly<{
  fileName: string;
  /** What was detected, shown so a wrong guess is visible: "CSV, pemisah titik koma, Windows-1252". */
  format: Readonly<{
    type: 'csv' | 'xlsx';
    delimiter: ',' | ';' | '\t' | null;
    encoding: 'UTF-8' | 'Windows-1252' | null;
  }>;
  summary: ImportSummary;
  /** Rows with errors first, then the rest in file order; at most the first 2,000 (summary counts all). */
  rows: ReadonlyArray<ImportRowReport>;
}>;

export type MasterImportResult = Readonly<{ unitsCreated: number; peopleCreated: number; elapsedMs: number }>;

export type ImportContract = ContractOf<typeof importSpec>;

export const IMPORT_CHANNELS = channelSet<ImportContract>()({
  import: ['preview-master', 'apply-master', 'cancel-master'],
});
