import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(__dirname, '../../fixtures/masterData');
export const fixture = (name: string): Buffer => readFileSync(join(FIXTURES, name));

/** A workbook built the way an operator would: one sheet per kind, NIP typed as text unless asked otherwise. */
export async function workbook(
  sheets: Record<string, ReadonlyArray<ReadonlyArray<string | number | null>>>,
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    for (const row of rows) sheet.addRow([...row]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A valid NIP for the n-th generated official (distinct birth dates and serials). */
export function generatedNip(n: number): string {
  const year = 1965 + (n % 30);
  const month = String((n % 12) + 1).padStart(2, '0');
  const day = String((n % 28) + 1).padStart(2, '0');
  const appointed = `${year + 22}${String(((n >> 3) % 12) + 1).padStart(2, '0')}`;
  const gender = (n % 2) + 1;
  const serial = String((Math.floor(n / 840) % 999) + 1).padStart(3, '0');
  return `${year}${month}${day}${appointed}${gender}${serial}`;
}
