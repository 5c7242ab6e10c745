import type { FieldValues } from '../records/fieldRegistry';
import type { PERSON_FIELDS } from '../records/personFields';
import type { UNIT_FIELDS } from '../records/unitFields';
import type { PersonId, UnitGroupId, UnitId } from './ids';

/** An OPD or another unit (Setda bagian, kecamatan): its registry fields and the bookkeeping. */
export type Unit = Readonly<{ id: UnitId; active: boolean; createdAt: number; updatedAt: number }> & UnitFields;

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

/**
 * An official: the registry fields, the unit's name for lists, and the bookkeeping. Political
 * offices (Bupati, Wakil Bupati) have no NIP and no pangkat.
 */
export type Person = Readonly<{
  id: PersonId;
  unitName: string | null;
  active: boolean;
  createdAt: number;
  updatedAt: number;
}> &
  PersonFields;

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
