import type { FieldValues } from '../records/fieldRegistry';
import type { PERSON_FIELDS } from '../records/personFields';
import type { UNIT_FIELDS } from '../records/unitFields';
import type { PersonId, UnitGroupId, UnitId } from './ids';

/** An OPD or another unit (Setda bagian, kecamatan). */
export type Unit = Readonly<{
  id: UnitId;
  code: string | null;
  name: string;
  shortName: string;
  kind: string;
  active: boolean;
  createdAt: number;
  updatedAt: number;
}>;

/**
 * A saved OPD group ("Kelompok OPD"): its units in the order she chose. `unitIds` holds only
 * live, active units (a deleted or deactivated OPD drops out of every group).
 */
export type UnitGroup = Readonly<{
  id: UnitGroupId;
  name: string;
  unitIds: ReadonlyArray<UnitId>;
  updatedAt: number;
}>;

/** An official. Political offices (Bupati, Wakil Bupati) have no NIP and no pangkat. */
export type Person = Readonly<{
  id: PersonId;
  name: string;
  nip: string | null;
  rankCode: string | null;
  position: string;
  unitId: UnitId | null;
  unitName: string | null;
  phone: string;
  email: string;
  isPolitical: boolean;
  active: boolean;
  createdAt: number;
  updatedAt: number;
}>;

/** OPD kinds offered in the form; free text is still accepted (imports bring their own). */
export const UNIT_KINDS = [
  'sekretariat',
  'dinas',
  'badan',
  'inspektorat',
  'satuan',
  'rumah_sakit',
  'bagian',
  'kecamatan',
  'kelurahan',
  'lainnya',
] as const;

/** What the OPD form and the import write (shared/records/unitFields.ts). */
export type UnitFields = FieldValues<typeof UNIT_FIELDS>;

/** What the pejabat form and the import write (shared/records/personFields.ts). */
export type PersonFields = FieldValues<typeof PERSON_FIELDS>;
