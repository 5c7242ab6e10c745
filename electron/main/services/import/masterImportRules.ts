import type { UnitId } from '../../../../shared/domain/ids';
import type { PersonFields, UnitFields } from '../../../../shared/domain/masterData';
import { formatNip, normalizeNip } from '../../../../shared/domain/nip';
import { nipProblem } from '../../../../shared/domain/nipValidation';
import { parseRank } from '../../../../shared/domain/ranks';
import type { ImportRowReport, ImportSummary } from '../../../../shared/ipc/importContract';
import { cellAt, isImprecise, sheetLayout, type PersonColumn, type UnitColumn } from './importColumns';
import type { RawRow, RawSheet, RawTable } from './readTable';
import { endSentence } from '../../../../shared/domain/sentence';

/** What is already stored, keyed the way import rows are matched (lower-case). */
export type ExistingMasterData = Readonly<{
  unitsByCode: ReadonlyMap<string, Readonly<{ id: UnitId; name: string }>>;
  /** Official names and short names. */
  unitsByName: ReadonlyMap<string, Readonly<{ id: UnitId; name: string }>>;
  peopleByNip: ReadonlyMap<string, string>;
  /** `${lower name}|${unitId}` of people without NIP, to catch a second Bupati row. */
  peopleWithoutNip: ReadonlySet<string>;
}>;

export type UnitRef = Readonly<{ existing: UnitId }> | Readonly<{ fileIndex: number }> | null;
export type PlannedPerson = Omit<PersonFields, 'unitId'> & Readonly<{ unit: UnitRef }>;
export type MasterImportPlan = Readonly<{
  units: ReadonlyArray<UnitFields>;
  people: ReadonlyArray<PlannedPerson>;
  reports: ReadonlyArray<ImportRowReport>;
  summary: ImportSummary;
}>;

const POLITICAL_OFFICE = /^(wakil\s+)?(bupati|wali\s*kota|gubernur)\b/i;
const TRUE_WORDS = new Set(['ya', 'y', 'yes', '1', 'true', 'benar', 'x', 'v']);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const EXCEL_SCIENTIFIC = /^\d+([.,]\d+)?e\+?\d+$/i;
const key = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

type Cells<K extends string> = Readonly<Partial<Record<K, number>>>;
type Report = { sheet: string; line: number; kind: 'unit' | 'person'; label: string; reasons: string[] };

function tooLong(value: string, max: number, label: string, reasons: string[]): void {
  if (value.length > max) reasons.push(`${label} terlalu panjang (maks. ${max} karakter).`);
}

/** Checks every row against the file itself and the stored data; writes nothing. */
export function planMasterImport(
  table: RawTable,
  existing: ExistingMasterData,
  now: Date = new Date(),
): MasterImportPlan {
  const reports: Report[] = [];
  const units: UnitFields[] = [];
  const people: PlannedPerson[] = [];
  const fileUnitsByCode = new Map<string, { index: number; line: number }>();
  const fileUnitsByName = new Map<string, { index: number; line: number }>();
  const fileNips = new Map<string, number>();
  const fileNoNip = new Map<string, number>();

  const layouts = table.sheets.map((sheet) => ({
    sheet,
    header: sheet.rows[0],
    layout: sheet.rows[0] ? sheetLayout(sheet.rows[0]) : null,
  }));
  for (const { sheet, header, layout } of layouts) {
    if (header && layout?.kind === 'unknown')
      reports.push({
        sheet: sheet.name,
        line: header.line,
        kind: 'unit',
        label: 'Baris judul',
        reasons: [layout.problem],
      });
  }

  const unitRow = (sheet: RawSheet, row: RawRow, columns: Cells<UnitColumn>) => {
    const fields: UnitFields = {
      code: cellAt(row, columns.code) || null,
      name: cellAt(row, columns.name).replace(/\s+/g, ' '),
      shortName: cellAt(row, columns.shortName),
      kind: cellAt(row, columns.kind),
    };
    const reasons: string[] = [];
    if (fields.name === '') reasons.push('Nama kosong: kolom nama OPD wajib diisi.');
    tooLong(fields.name, 300, 'Nama OPD', reasons);
    tooLong(fields.code ?? '', 30, 'Kode OPD', reasons);
    tooLong(fields.shortName, 100, 'Singkatan', reasons);
    const codeKey = fields.code ? key(fields.code) : null;
    const nameKey = key(fields.name);
    const sameCode = codeKey ? fileUnitsByCode.get(codeKey) : undefined;
    const sameName = nameKey ? fileUnitsByName.get(nameKey) : undefined;
    if (sameCode) reasons.push(`Duplikat dalam berkas: kode ${fields.code} sudah ada di baris ${sameCode.line}.`);
    else if (sameName) reasons.push(`Duplikat dalam berkas: nama OPD sama dengan baris ${sameName.line}.`);
    const stored =
      (codeKey ? existing.unitsByCode.get(codeKey) : undefined) ??
      (nameKey ? existing.unitsByName.get(nameKey) : undefined);
    if (stored) reasons.push(endSentence(`Sudah ada di data: ${stored.name}`));
    const index = units.length;
    units.push(fields);
    if (codeKey && !sameCode) fileUnitsByCode.set(codeKey, { index, line: row.line });
    if (nameKey && !sameName) fileUnitsByName.set(nameKey, { index, line: row.line });
    if (fields.shortName && !fileUnitsByName.has(key(fields.shortName)))
      fileUnitsByName.set(key(fields.shortName), { index, line: row.line });
    const label = fields.code ? `${fields.name} (${fields.code})` : fields.name || '(tanpa nama)';
    reports.push({ sheet: sheet.name, line: row.line, kind: 'unit', label, reasons });
  };

  const resolveUnit = (text: string): UnitRef | undefined => {
    if (text === '') return null;
    const k = key(text);
    const inFile = fileUnitsByCode.get(k);
    if (inFile) return { fileIndex: inFile.index };
    const stored = existing.unitsByCode.get(k);
    if (stored) return { existing: stored.id };
    const byName = fileUnitsByName.get(k);
    if (byName) return { fileIndex: byName.index };
    const storedByName = existing.unitsByName.get(k);
    return storedByName ? { existing: storedByName.id } : undefined;
  };

  const personRow = (sheet: RawSheet, row: RawRow, columns: Cells<PersonColumn>) => {
    const reasons: string[] = [];
    const name = cellAt(row, columns.name).replace(/\s+/g, ' ');
    const rawNip = cellAt(row, columns.nip);
    const nip = normalizeNip(rawNip);
    const position = cellAt(row, columns.position);
    const rankText = cellAt(row, columns.rank);
    const politicalText = cellAt(row, columns.political);
    const isPolitical =
      columns.political !== undefined && politicalText !== ''
        ? TRUE_WORDS.has(key(politicalText))
        : nip === '' && POLITICAL_OFFICE.test(position);

    if (name === '') reasons.push('Nama kosong: kolom nama wajib diisi.');
    tooLong(name, 200, 'Nama', reasons);
    tooLong(position, 300, 'Jabatan', reasons);
    if (isImprecise(row, columns.nip) || EXCEL_SCIENTIFIC.test(rawNip)) {
      reasons.push(
        'NIP tidak valid: tersimpan sebagai angka di Excel sehingga digit terakhirnya hilang. Format kolom NIP sebagai Teks lalu ketik ulang.',
      );
    } else if (nip !== '' && isPolitical) {
      reasons.push('NIP tidak valid: pejabat politik (Bupati/Wakil Bupati) tidak memakai NIP.');
    } else if (nip !== '') {
      const problem = nipProblem(nip, now);
      if (problem) reasons.push(`NIP tidak valid: ${problem}`);
    }
    const rankCode = rankText === '' ? null : parseRank(rankText);
    if (rankText !== '' && rankCode === null)
      reasons.push(`Pangkat/golongan tidak dikenal: "${rankText}"; gunakan mis. "Penata (III/c)" atau "III/c".`);
    if (rankCode !== null && isPolitical)
      reasons.push('Pejabat politik (Bupati/Wakil Bupati) tidak memakai pangkat/golongan.');
    const email = cellAt(row, columns.email);
    if (email !== '' && !EMAIL.test(email)) reasons.push(`Email tidak valid: "${email}".`);
    const unitText = cellAt(row, columns.unit);
    const unit = resolveUnit(unitText);
    if (unit === undefined) reasons.push(`OPD tidak dikenal: "${unitText}" tidak ada di berkas maupun di Data Master.`);

    const validNip = nip !== '' && !reasons.some((reason) => reason.startsWith('NIP'));
    if (validNip) {
      const line = fileNips.get(nip);
      if (line !== undefined) reasons.push(`Duplikat dalam berkas: NIP sama dengan baris ${line}.`);
      else fileNips.set(nip, row.line);
      const holder = existing.peopleByNip.get(nip);
      if (holder !== undefined) reasons.push(`Sudah ada di data: NIP ${formatNip(nip)} terdaftar atas nama ${holder}.`);
    } else if (nip === '' && name !== '' && unit !== undefined) {
      const unitKey = unit === null ? '' : 'existing' in unit ? unit.existing : `file:${unit.fileIndex}`;
      const personKey = `${key(name)}|${unitKey}`;
      const line = fileNoNip.get(personKey);
      if (line !== undefined) reasons.push(`Duplikat dalam berkas: nama dan OPD sama dengan baris ${line}.`);
      else fileNoNip.set(personKey, row.line);
      if (unit === null || 'existing' in unit) {
        if (existing.peopleWithoutNip.has(`${key(name)}|${unit === null ? '' : unit.existing}`))
          reasons.push(endSentence(`Sudah ada di data: ${name}`));
      }
    }
    people.push({
      name,
      nip: validNip ? nip : null,
      rankCode,
      position,
      unit: unit ?? null,
      phone: cellAt(row, columns.phone),
      email,
      isPolitical,
    });
    reports.push({
      sheet: sheet.name,
      line: row.line,
      kind: 'person',
      label: nip ? `${name || '(tanpa nama)'} (${formatNip(nip)})` : name || '(tanpa nama)',
      reasons,
    });
  };

  // Units first, from every sheet, so officials may refer to an OPD listed on a later sheet.
  for (const { sheet, layout } of layouts) {
    if (layout?.kind === 'unit') for (const row of sheet.rows.slice(1)) unitRow(sheet, row, layout.columns);
  }
  for (const { sheet, layout } of layouts) {
    if (layout?.kind === 'person') for (const row of sheet.rows.slice(1)) personRow(sheet, row, layout.columns);
  }

  const finished: ImportRowReport[] = reports.map((report) => ({
    ...report,
    status: report.reasons.length > 0 ? 'error' : 'ok',
  }));
  const errorRows = finished.filter((report) => report.status === 'error').length;
  return {
    units,
    people,
    reports: [...finished.filter((r) => r.status === 'error'), ...finished.filter((r) => r.status === 'ok')],
    summary: {
      rows: finished.length,
      okRows: finished.length - errorRows,
      errorRows,
      newUnits: units.length,
      newPeople: people.length,
    },
  };
}
