import type { RawRow } from './readTable';

/*
 * Header names as people write them in Excel ("Kode OPD", "Pangkat/Golongan", "No. HP")
 * normalised to snake case, then matched against the aliases below.
 */
export function normalizeHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

const UNIT_ALIASES = {
  code: ['kode', 'kode_opd', 'kode_unit'],
  name: ['nama', 'nama_opd', 'nama_resmi', 'nama_unit', 'nama_instansi'],
  shortName: ['singkatan', 'nama_singkat', 'nama_pendek', 'akronim'],
  kind: ['jenis', 'jenis_opd', 'jenis_unit'],
} as const;

const PERSON_ALIASES = {
  name: ['nama', 'nama_lengkap', 'nama_pejabat', 'nama_dan_gelar'],
  nip: ['nip', 'nip_baru'],
  rank: ['pangkat_golongan', 'pangkat_gol', 'pangkat', 'golongan', 'gol', 'gol_ruang'],
  position: ['jabatan', 'nama_jabatan'],
  unit: ['kode_opd', 'opd', 'unit', 'unit_kerja', 'kode_unit', 'instansi'],
  phone: ['telepon', 'telp', 'no_telp', 'no_telepon', 'nomor_telepon', 'hp', 'no_hp', 'nomor_hp'],
  email: ['email', 'e_mail', 'surel'],
  political: ['pejabat_politik', 'politik', 'jabatan_politik'],
} as const;

export type UnitColumn = keyof typeof UNIT_ALIASES;
export type PersonColumn = keyof typeof PERSON_ALIASES;

export type SheetLayout =
  | Readonly<{ kind: 'unit'; columns: Readonly<Partial<Record<UnitColumn, number>>> }>
  | Readonly<{ kind: 'person'; columns: Readonly<Partial<Record<PersonColumn, number>>> }>
  | Readonly<{ kind: 'unknown'; problem: string }>;

function mapColumns<K extends string>(
  headers: ReadonlyArray<string>,
  aliases: Readonly<Record<K, ReadonlyArray<string>>>,
): Partial<Record<K, number>> {
  const columns: Partial<Record<K, number>> = {};
  for (const key of Object.keys(aliases) as K[]) {
    // The first alias that appears wins, so "kode_opd" beats "opd" when both exist.
    for (const alias of aliases[key]) {
      const index = headers.indexOf(alias);
      if (index >= 0) {
        columns[key] = index;
        break;
      }
    }
  }
  return columns;
}

/**
 * Decides from the header row whether a sheet holds units (OPD) or people: a
 * "nip" or "jabatan" column means officials; otherwise a "nama" column means units.
 */
export function sheetLayout(header: RawRow): SheetLayout {
  const headers = header.cells.map(normalizeHeader);
  if (headers.includes('nip') || headers.includes('jabatan') || headers.includes('nip_baru')) {
    const columns = mapColumns(headers, PERSON_ALIASES);
    if (columns.name === undefined)
      return { kind: 'unknown', problem: 'Kolom "nama" tidak ditemukan pada baris judul.' };
    return { kind: 'person', columns };
  }
  const columns = mapColumns(headers, UNIT_ALIASES);
  if (columns.name === undefined) {
    return {
      kind: 'unknown',
      problem:
        'Baris judul tidak dikenali. Untuk OPD gunakan kolom kode, nama, singkatan, jenis; untuk pejabat gunakan nama, nip, pangkat_golongan, jabatan, kode_opd.',
    };
  }
  return { kind: 'unit', columns };
}

export function cellAt(row: RawRow, index: number | undefined): string {
  return index === undefined ? '' : (row.cells[index] ?? '').trim();
}

export function isImprecise(row: RawRow, index: number | undefined): boolean {
  return index !== undefined && row.impreciseColumns.has(index);
}
