import type { Attendee } from './attendee';
import type { UnitId } from './ids';
import type { Unit, UnitGroup } from './masterData';

/*
 * Owner groups of the commitment dialog (issue 16): a road map that belongs to every OPD is
 * picked in one go, then each OPD still becomes its own owner with its own status. Typing
 * "semua" or "seluruh" finds them.
 */

/** Built-in groups by name; a saved Kelompok OPD by `saved:<its id>`. */
export type OwnerGroupKey = 'INVITED' | 'ALL' | 'dinas' | 'badan' | 'bagian' | 'kecamatan' | `saved:${string}`;

export type OwnerGroup = Readonly<{ key: OwnerGroupKey; label: string; unitIds: ReadonlyArray<UnitId> }>;

/** Kinds offered as groups, with the word a unit's name starts with when its kind was left blank. */
const KIND_GROUPS = [
  { key: 'dinas', label: 'Seluruh Dinas', prefix: 'dinas ' },
  { key: 'badan', label: 'Seluruh Badan', prefix: 'badan ' },
  { key: 'bagian', label: 'Seluruh Bagian', prefix: 'bagian ' },
  { key: 'kecamatan', label: 'Seluruh Kecamatan', prefix: 'kecamatan ' },
] as const;

/** The kind of a unit: its master-data kind, else read from its name ("Dinas Kesehatan"). */
function kindOf(unit: Unit): string {
  const kind = unit.kind.trim().toLowerCase();
  if (kind !== '') return kind;
  const name = unit.name.trim().toLowerCase();
  return KIND_GROUPS.find((group) => name.startsWith(group.prefix))?.key ?? '';
}

/**
 * The groups with at least one unit, in a fixed order: the units invited to this meeting (in
 * the order of its invitation list), every active unit (in master-data order), then by kind,
 * then her saved groups (each in the order she saved it).
 */
export function ownerGroups(
  units: ReadonlyArray<Unit>,
  invitedUnitIds: ReadonlyArray<UnitId>,
  savedGroups: ReadonlyArray<UnitGroup> = [],
): OwnerGroup[] {
  const active = units.filter((unit) => unit.active);
  const known = new Set(active.map((unit) => unit.id));
  const invited = [...new Set(invitedUnitIds)].filter((id) => known.has(id));
  const groups: OwnerGroup[] = [
    { key: 'INVITED', label: 'Seluruh OPD yang diundang', unitIds: invited },
    { key: 'ALL', label: 'Seluruh OPD', unitIds: active.map((unit) => unit.id) },
    ...KIND_GROUPS.map((group) => ({
      key: group.key,
      label: group.label,
      unitIds: active.filter((unit) => kindOf(unit) === group.key).map((unit) => unit.id),
    })),
    ...savedGroups.map((group) => ({
      key: `saved:${group.id}` as const,
      label: group.name,
      unitIds: group.unitIds.filter((id) => known.has(id)),
    })),
  ];
  return groups.filter((group) => group.unitIds.length > 0);
}

/** Adds a group's units after the ones already picked, each once, the picked order kept. */
export function addGroup(picked: ReadonlyArray<UnitId>, group: OwnerGroup): UnitId[] {
  const seen = new Set(picked);
  return [...picked, ...group.unitIds.filter((id) => !seen.has(id))];
}

/** "semua dinas", "seluruh opd", "diundang": the words that find a group in the picker. */
export function groupMatches(group: OwnerGroup, query: string): boolean {
  const words = query
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== '');
  // A saved group is found by its own name and by "kelompok"; the built-in labels say "Seluruh …".
  const saved = group.key.startsWith('saved:') ? 'seluruh kelompok ' : '';
  const haystack = `semua ${saved}${group.label.toLowerCase()}`;
  return words.every((word) => haystack.includes(word));
}

/**
 * The units on a meeting's invitation list, in its order, each once: a unit row by its id, an
 * invited official by the unit named as his agency (person rows carry no unit id). Guests are
 * not OPD.
 */
export function invitedUnits(
  attendees: ReadonlyArray<Pick<Attendee, 'unitId' | 'kind' | 'agency'>>,
  units: ReadonlyArray<Unit>,
): UnitId[] {
  const byName = new Map(units.map((unit) => [unit.name.trim().toLowerCase(), unit.id]));
  const ids = attendees.flatMap((a) => {
    if (a.kind === 'GUEST') return [];
    const id = a.unitId ?? byName.get(a.agency.trim().toLowerCase());
    return id === undefined ? [] : [id];
  });
  return [...new Set(ids)];
}
