import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { OWNER_STATUS_LABELS, OWNER_STATUSES } from '../../../../shared/domain/commitment';
import { formatOfficialDate } from '../../../../shared/domain/officialDates';
import type { UnitId } from '../../../../shared/domain/ids';
import type { OwnerLine } from '../../repositories/opdRequestRepository';

/*
 * The "formulir isian" an OPD fills without logging in: one row per open commitment,
 * empty columns for Status (a list of the four labels), Perkembangan, Persentase and
 * Tautan Bukti. Each row carries the commitment id, the owner id and a check code over
 * both and the OPD in hidden, locked columns; the OPD and the form version sit in a
 * very hidden sheet. Protection keeps honest hands off the ids; the check code catches
 * the rest (an id typed over, rows pasted from another OPD's form).
 */
export const FORM_MARKER = 'risalah-formulir-tindak-lanjut';
export const FORM_VERSION = '1';
export const FORM_SHEET = 'Laporan';
export const META_SHEET = 'risalah';

export const COLUMN = {
  no: 1,
  meeting: 2,
  text: 3,
  due: 4,
  current: 5,
  status: 6,
  progress: 7,
  percent: 8,
  link: 9,
  commitmentId: 10,
  ownerId: 11,
  check: 12,
} as const;

export const HEADERS: Readonly<Record<keyof typeof COLUMN, string>> = {
  no: 'No',
  meeting: 'Rapat',
  text: 'Uraian Tindak Lanjut',
  due: 'Batas Waktu',
  current: 'Status Saat Ini',
  status: 'Status Baru',
  progress: 'Perkembangan',
  percent: 'Persentase (0-100)',
  link: 'Tautan Bukti',
  commitmentId: 'ID Tindak Lanjut',
  ownerId: 'ID Penanggung Jawab',
  check: 'Kode Periksa',
};

const HEADER_ROW = 7;
const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF4C2' } };

/** Ties a row to its commitment, owner and OPD; an edited id no longer matches. */
export function rowCheck(commitmentId: string, ownerId: string, unitId: string): string {
  return createHash('sha256')
    .update(`${FORM_MARKER}|${commitmentId}|${ownerId}|${unitId}`)
    .digest('hex')
    .slice(0, 12)
    .toUpperCase();
}

export type FormSource = Readonly<{
  unitId: UnitId;
  unitName: string;
  asOf: string;
  replyBy: string;
  lines: ReadonlyArray<OwnerLine>;
}>;

function headerBlock(sheet: ExcelJS.Worksheet, source: FormSource): void {
  const lines: Array<[string, Partial<ExcelJS.Font>]> = [
    ['FORMULIR LAPORAN TINDAK LANJUT HASIL RAPAT', { bold: true, size: 14 }],
    [`OPD: ${source.unitName}`, { bold: true, size: 12 }],
    [
      `Keadaan per ${formatOfficialDate(source.asOf)}; mohon dikembalikan paling lambat ${formatOfficialDate(source.replyBy)}.`,
      {},
    ],
    [
      'Isi kolom berwarna kuning: Status Baru (pilih dari daftar), Perkembangan, Persentase (angka 0-100) dan Tautan Bukti (alamat web).',
      {},
    ],
    [
      'Untuk "Tidak Dapat Ditindaklanjuti", tulis alasannya di kolom Perkembangan. Jangan menambah, menghapus, atau memindahkan baris.',
      {},
    ],
  ];
  lines.forEach(([text, font], index) => {
    const row = sheet.getRow(index + 1);
    sheet.mergeCells(index + 1, COLUMN.no, index + 1, COLUMN.link);
    row.getCell(COLUMN.no).value = text;
    row.getCell(COLUMN.no).font = { name: 'Arial', size: 10, ...font };
  });
}

/** The XLSX bytes of one OPD's form. */
export async function buildOpdForm(source: FormSource): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Risalah';
  const sheet = workbook.addWorksheet(FORM_SHEET, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = [
    { width: 5 },
    { width: 24 },
    { width: 48 },
    { width: 16 },
    { width: 20 },
    { width: 26 },
    { width: 48 },
    { width: 12 },
    { width: 32 },
    { width: 38, hidden: true },
    { width: 38, hidden: true },
    { width: 14, hidden: true },
  ];
  headerBlock(sheet, source);
  const header = sheet.getRow(HEADER_ROW);
  for (const [key, column] of Object.entries(COLUMN) as Array<[keyof typeof COLUMN, number]>) {
    const cell = header.getCell(column);
    cell.value = HEADERS[key];
    cell.font = { name: 'Arial', size: 10, bold: true };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.border = {
      top: { style: 'thin' },
      bottom: { style: 'thin' },
      left: { style: 'thin' },
      right: { style: 'thin' },
    };
  }
  const statusList = `"${OWNER_STATUSES.map((status) => OWNER_STATUS_LABELS[status]).join(',')}"`;
  source.lines.forEach((line, index) => {
    const row = sheet.getRow(HEADER_ROW + 1 + index);
    row.getCell(COLUMN.no).value = index + 1;
    row.getCell(COLUMN.meeting).value = `${line.meetingTitle} (${formatOfficialDate(line.meetingDate)})`;
    row.getCell(COLUMN.text).value = line.text;
    row.getCell(COLUMN.due).value = line.dueDate === null ? '-' : formatOfficialDate(line.dueDate);
    row.getCell(COLUMN.current).value = OWNER_STATUS_LABELS[line.status];
    row.getCell(COLUMN.commitmentId).value = line.commitmentId;
    row.getCell(COLUMN.ownerId).value = line.ownerId;
    row.getCell(COLUMN.check).value = rowCheck(line.commitmentId, line.ownerId, line.unitId);
    for (let column = COLUMN.no; column <= COLUMN.check; column += 1) {
      const cell = row.getCell(column);
      cell.font = { name: 'Arial', size: 10 };
      cell.alignment = { vertical: 'top', wrapText: true };
      cell.border = {
        top: { style: 'thin' },
        bottom: { style: 'thin' },
        left: { style: 'thin' },
        right: { style: 'thin' },
      };
    }
    for (const column of [COLUMN.status, COLUMN.progress, COLUMN.percent, COLUMN.link]) {
      const cell = row.getCell(column);
      cell.fill = INPUT_FILL;
      cell.protection = { locked: false };
    }
    row.getCell(COLUMN.status).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [statusList],
      showErrorMessage: true,
      errorTitle: 'Status tidak dikenal',
      error: 'Pilih salah satu status dari daftar.',
    };
    row.getCell(COLUMN.percent).dataValidation = {
      type: 'whole',
      operator: 'between',
      allowBlank: true,
      formulae: [0, 100],
      showErrorMessage: true,
      errorTitle: 'Persentase',
      error: 'Isi angka bulat 0 sampai 100.',
    };
    row.getCell(COLUMN.percent).numFmt = '0';
  });
  // No password: protection guards against slips, the check code against the rest.
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });

  const meta = workbook.addWorksheet(META_SHEET, { state: 'veryHidden' });
  meta.getCell('A1').value = FORM_MARKER;
  meta.getCell('A2').value = FORM_VERSION;
  meta.getCell('A3').value = source.unitId;
  meta.getCell('A4').value = source.unitName;
  meta.getCell('A5').value = source.asOf;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
