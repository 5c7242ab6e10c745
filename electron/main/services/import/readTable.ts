import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { extensionOf } from '../../../../shared/domain/files';
import { AppError } from '../../../../shared/ipc/result';
import { decodeText, type TextEncodingName } from './decodeText';

/** One non-empty row with the number a spreadsheet shows for it. */
export type RawRow = Readonly<{
  line: number;
  cells: ReadonlyArray<string>;
  /** Columns whose cell was a number too large to keep every digit (an 18-digit NIP typed as a number). */
  impreciseColumns: ReadonlySet<number>;
}>;
export type RawSheet = Readonly<{ name: string; rows: ReadonlyArray<RawRow> }>;
export type CsvDelimiter = ',' | ';' | '\t';
export type RawTable = Readonly<{
  type: 'csv' | 'xlsx';
  delimiter: CsvDelimiter | null;
  encoding: TextEncodingName | null;
  sheets: ReadonlyArray<RawSheet>;
}>;

const NO_IMPRECISION: ReadonlySet<number> = new Set();

function isBlank(cells: ReadonlyArray<string>): boolean {
  return cells.every((cell) => cell.trim() === '');
}

export function readCsv(name: string, bytes: Uint8Array): RawTable {
  const { text, encoding } = decodeText(bytes);
  const parsed = Papa.parse<string[]>(text, {
    delimiter: '',
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: false,
  });
  const rows: RawRow[] = [];
  parsed.data.forEach((cells, index) => {
    if (!isBlank(cells)) rows.push({ line: index + 1, cells, impreciseColumns: NO_IMPRECISION });
  });
  const delimiter = parsed.meta.delimiter === ';' || parsed.meta.delimiter === '\t' ? parsed.meta.delimiter : ',';
  return { type: 'csv', delimiter, encoding, sheets: [{ name, rows }] };
}

/** A cell as the text she sees; numbers that lost digits are flagged instead of guessed. */
function cellText(value: ExcelJS.CellValue): { text: string; imprecise: boolean } {
  if (value === null || value === undefined) return { text: '', imprecise: false };
  if (typeof value === 'number') {
    const imprecise = Number.isInteger(value) && !Number.isSafeInteger(value);
    return { text: Number.isInteger(value) ? BigInt(value).toString() : String(value), imprecise };
  }
  if (typeof value === 'string') return { text: value, imprecise: false };
  if (typeof value === 'boolean') return { text: value ? 'ya' : 'tidak', imprecise: false };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10), imprecise: false };
  if ('richText' in value) return { text: value.richText.map((part) => part.text).join(''), imprecise: false };
  if ('text' in value && typeof value.text === 'string') return { text: value.text, imprecise: false };
  if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
  if ('error' in value) return { text: '', imprecise: false };
  return { text: '', imprecise: false };
}

export async function readXlsx(bytes: Uint8Array): Promise<RawTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new AppError(
      'INVALID_INPUT',
      'Berkas Excel tidak dapat dibaca; pastikan berformat .xlsx (bukan .xls lama) dan tidak rusak.',
    );
  }
  const sheets: RawSheet[] = [];
  workbook.eachSheet((worksheet) => {
    const rows: RawRow[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row) => {
      const cells: string[] = [];
      const imprecise = new Set<number>();
      for (let column = 1; column <= row.cellCount; column += 1) {
        const { text, imprecise: lost } = cellText(row.getCell(column).value);
        cells.push(text);
        if (lost) imprecise.add(column - 1);
      }
      if (!isBlank(cells))
        rows.push({ line: row.number, cells, impreciseColumns: imprecise.size > 0 ? imprecise : NO_IMPRECISION });
    });
    if (rows.length > 0) sheets.push({ name: worksheet.name, rows });
  });
  return { type: 'xlsx', delimiter: null, encoding: null, sheets };
}

/** Reads a staged import file by its extension (checked already when it was staged). */
export async function readTable(name: string, bytes: Uint8Array): Promise<RawTable> {
  const extension = extensionOf(name);
  if (extension === 'csv') return readCsv(name, bytes);
  if (extension === 'xlsx') return readXlsx(bytes);
  throw new AppError('INVALID_INPUT', 'Jenis berkas tidak didukung. Pilih berkas CSV atau Excel (.xlsx).');
}
