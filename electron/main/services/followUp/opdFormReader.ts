import ExcelJS from 'exceljs';
import { AppError } from '../../../../shared/ipc/result';
import { COLUMN, FORM_MARKER, FORM_SHEET, HEADERS, META_SHEET } from './opdForm';

/** One filled row of a returned form, as typed (nothing checked against the data yet). */
export type FormRow = Readonly<{
  row: number;
  commitmentId: string;
  ownerId: string;
  check: string;
  text: string;
  status: string;
  progress: string;
  /** A number as typed, already scaled when the cell was formatted as a percentage; null when empty. */
  percent: number | null;
  /** Text that is not a number at all. */
  percentText: string;
  links: ReadonlyArray<string>;
}>;

export type ReadForm =
  | Readonly<{ ok: true; unitId: string; unitName: string; rows: ReadonlyArray<FormRow> }>
  | Readonly<{ ok: false; problem: string }>;

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value)
    return value.richText
      .map((part) => part.text)
      .join('')
      .trim();
  if ('hyperlink' in value && typeof value.hyperlink === 'string' && /^https?:/i.test(value.hyperlink))
    return value.hyperlink.trim();
  if ('text' in value && typeof value.text === 'string') return value.text.trim();
  if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
  return '';
}

function percentOf(cell: ExcelJS.Cell): { percent: number | null; text: string } {
  const raw = cell.value;
  const value = raw !== null && typeof raw === 'object' && 'result' in raw ? raw.result : raw;
  if (typeof value === 'number') {
    // "50%" typed into a General cell becomes 0.5 with a percentage format.
    return { percent: typeof cell.numFmt === 'string' && cell.numFmt.includes('%') ? value * 100 : value, text: '' };
  }
  const text = cellText(cell.value);
  if (text === '') return { percent: null, text: '' };
  const number = Number(text.replace('%', '').replace(',', '.').trim());
  return Number.isFinite(number) ? { percent: number, text: '' } : { percent: null, text };
}

/** Links separated by spaces, new lines, commas or semicolons. */
function linksOf(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function findHeaderRow(sheet: ExcelJS.Worksheet): number | null {
  for (let number = 1; number <= Math.min(sheet.rowCount, 30); number += 1) {
    const row = sheet.getRow(number);
    if (
      cellText(row.getCell(COLUMN.check).value) === HEADERS.check &&
      cellText(row.getCell(COLUMN.ownerId).value) === HEADERS.ownerId
    )
      return number;
  }
  return null;
}

const NOT_OURS =
  'Berkas ini bukan formulir tindak lanjut dari Risalah (atau susunannya sudah diubah). Gunakan formulir yang diunduh dari menu "Minta laporan OPD".';

/** Reads a returned form; refuses files that are not ours instead of guessing at their columns. */
export async function readOpdForm(bytes: Buffer): Promise<ReadForm> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError(
      'INVALID_INPUT',
      'Berkas Excel tidak dapat dibaca; pastikan berformat .xlsx (bukan .xls lama) dan tidak rusak.',
    );
  }
  const meta = workbook.getWorksheet(META_SHEET);
  const sheet = workbook.getWorksheet(FORM_SHEET);
  if (!meta || !sheet || cellText(meta.getCell('A1').value) !== FORM_MARKER) return { ok: false, problem: NOT_OURS };
  const headerRow = findHeaderRow(sheet);
  if (headerRow === null) return { ok: false, problem: NOT_OURS };

  const rows: FormRow[] = [];
  for (let number = headerRow + 1; number <= sheet.rowCount; number += 1) {
    const row = sheet.getRow(number);
    const text = (column: number) => cellText(row.getCell(column).value);
    const { percent, text: percentText } = percentOf(row.getCell(COLUMN.percent));
    const entry: FormRow = {
      row: number,
      commitmentId: text(COLUMN.commitmentId),
      ownerId: text(COLUMN.ownerId),
      check: text(COLUMN.check).toUpperCase(),
      text: text(COLUMN.text),
      status: text(COLUMN.status),
      progress: text(COLUMN.progress),
      percent,
      percentText,
      links: linksOf(text(COLUMN.link)),
    };
    const blank = [
      entry.commitmentId,
      entry.ownerId,
      entry.check,
      entry.status,
      entry.progress,
      entry.percentText,
      entry.text,
    ].every((value) => value === '');
    if (!blank || entry.percent !== null || entry.links.length > 0) rows.push(entry);
  }
  return { ok: true, unitId: cellText(meta.getCell('A3').value), unitName: cellText(meta.getCell('A4').value), rows };
}
