import type { ComboboxItem, ComboboxParsedItem } from '@mantine/core';
import type { UnitId } from '../../../../shared/domain/ids';
import type { Unit, UnitGroup } from '../../../../shared/domain/masterData';
import { addGroup, groupMatches, ownerGroups, type OwnerGroup } from '../../../../shared/domain/ownerGroups';

/** Picker values of the groups; never stored, expanded into units as soon as one is picked. */
const GROUP_PREFIX = 'group:';

export type OwnerOptions = Readonly<{
  options: ReadonlyArray<ComboboxItem>;
  groups: ReadonlyArray<OwnerGroup>;
}>;

/** The groups first ("Seluruh OPD yang diundang (12)"), then every unit the picker offers. */
export function ownerOptions(
  units: ReadonlyArray<Unit>,
  invitedUnitIds: ReadonlyArray<UnitId>,
  picked: ReadonlyArray<string>,
  countLabel: (n: number) => string,
  savedGroups: ReadonlyArray<UnitGroup> = [],
): OwnerOptions {
  const groups = ownerGroups(units, invitedUnitIds, savedGroups);
  const unitItems = units
    .filter((u) => u.active || picked.includes(u.id))
    .map((u) => ({ value: u.id, label: u.shortName ? `${u.name} (${u.shortName})` : u.name }));
  const groupItems = groups.map((group) => ({
    value: `${GROUP_PREFIX}${group.key}`,
    label: `${group.label} (${countLabel(group.unitIds.length)})`,
  }));
  return { options: [...groupItems, ...unitItems], groups };
}

function matches(item: ComboboxItem, search: string, groups: ReadonlyArray<OwnerGroup>): boolean {
  const query = search.trim().toLowerCase();
  if (query === '') return true;
  const group = groups.find((g) => item.value === `${GROUP_PREFIX}${g.key}`);
  return group ? groupMatches(group, query) : item.label.toLowerCase().includes(query);
}

/** The picker's filter: "semua" and "seluruh" find the groups; a unit by any part of its name. */
export function filterOwners(groups: ReadonlyArray<OwnerGroup>) {
  return ({ options, search }: { options: ComboboxParsedItem[]; search: string }): ComboboxParsedItem[] =>
    options.filter((option) => 'value' in option && matches(option, search, groups));
}

/** The first option the search finds that is not picked yet (Enter with nothing highlighted). */
export function firstMatch(
  options: ReadonlyArray<ComboboxItem>,
  picked: ReadonlyArray<string>,
  search: string,
  groups: ReadonlyArray<OwnerGroup>,
): ComboboxItem | undefined {
  return options.find((option) => !picked.includes(option.value) && matches(option, search, groups));
}

/** The picked values with any group replaced by its units (after those already picked, each once). */
export function expandGroups(values: ReadonlyArray<string>, groups: ReadonlyArray<OwnerGroup>): string[] {
  let result: UnitId[] = values.filter((value) => !value.startsWith(GROUP_PREFIX)) as UnitId[];
  for (const value of values) {
    const group = groups.find((g) => value === `${GROUP_PREFIX}${g.key}`);
    if (group) result = addGroup(result, group);
  }
  return result;
}
