import type { Db } from '../db/connection';
import type { UnitId } from '../../../shared/domain/ids';
import type { PersonFields } from '../../../shared/domain/masterData';
import { PENDING } from './masterImportStaging';

/** Live units and people keyed for matching import rows (lower-case names and codes). */
export function readMasterDataKeys(db: Db) {
  const unitsByCode = new Map<string, { id: UnitId; name: string }>();
  const unitsByName = new Map<string, { id: UnitId; name: string }>();
  const units = db.prepare('SELECT id, code, name, short_name FROM units WHERE deleted_at IS NULL').all() as Array<{
    id: UnitId;
    code: string | null;
    name: string;
    short_name: string;
  }>;
  const lower = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();
  for (const unit of units) {
    const entry = { id: unit.id, name: unit.name };
    if (unit.code) unitsByCode.set(lower(unit.code), entry);
    unitsByName.set(lower(unit.name), entry);
    if (unit.short_name && !unitsByName.has(lower(unit.short_name))) unitsByName.set(lower(unit.short_name), entry);
  }
  const peopleByNip = new Map<string, string>();
  const peopleWithoutNip = new Set<string>();
  const people = db.prepare('SELECT name, nip, unit_id FROM people WHERE deleted_at IS NULL').all() as Array<{
    name: string;
    nip: string | null;
    unit_id: string | null;
  }>;
  for (const person of people) {
    if (person.nip) peopleByNip.set(person.nip, person.name);
    else peopleWithoutNip.add(`${lower(person.name)}|${person.unit_id ?? ''}`);
  }
  return { unitsByCode, unitsByName, peopleByNip, peopleWithoutNip };
}

export type ImportedPerson = Omit<PersonFields, 'unitId'> & {
  unit: { existing: UnitId } | { fileIndex: number } | null;
};

/**
 * A fingerprint of the live units and people: an import checked against the keys read
 * with this stamp (in the import worker) may be written only while it is unchanged. Every
 * change sets updated_at, a soft delete sets deleted_at, a hard delete changes the count.
 * Rows an import is still writing (hidden, masterImportStaging.ts) do not count.
 */
export function masterDataStamp(db: Db): string {
  const row = db
    .prepare(
      `SELECT (SELECT count(*) || ':' || coalesce(sum(updated_at), 0) || ':' || coalesce(sum(deleted_at), 0)
                 FROM units WHERE deleted_at IS NOT ${PENDING}) AS units,
              (SELECT count(*) || ':' || coalesce(sum(updated_at), 0) || ':' || coalesce(sum(deleted_at), 0)
                 FROM people WHERE deleted_at IS NOT ${PENDING}) AS people`,
    )
    .get() as { units: string; people: string };
  return `${row.units}|${row.people}`;
}
