import { useEffect, useMemo, useState } from 'react';
import type { Person, Unit } from '../../../shared/domain/masterData';
import { useAppStore } from '../store';

export type PickerOption = Readonly<{ value: string; label: string }>;

/** A person for a single pick: the name as the label, the jabatan shown under it and searched too. */
export type PersonPickerOption = PickerOption & Readonly<{ position: string }>;

export type MasterDataOptions = Readonly<{
  people: ReadonlyArray<Person>;
  units: ReadonlyArray<Unit>;
  personOptions: ReadonlyArray<PickerOption>;
  personPickerOptions: ReadonlyArray<PersonPickerOption>;
  unitOptions: ReadonlyArray<PickerOption>;
  loading: boolean;
  error: string | null;
}>;

/**
 * Active officials and units for the pickers (Ketua, Notulis, undangan), read once per
 * screen from the master data channels. A person keeps showing when the form
 * already names them, even if they have since been made inactive.
 */
export function useMasterDataOptions(): MasterDataOptions {
  const [people, setPeople] = useState<ReadonlyArray<Person>>([]);
  const [units, setUnits] = useState<ReadonlyArray<Unit>>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void useAppStore
      .getState()
      .pickerData()
      .then(([peopleResult, unitsResult]) => {
        if (!live) return;
        if (peopleResult.ok) setPeople(peopleResult.value);
        if (unitsResult.ok) setUnits(unitsResult.value);
        const failed = [peopleResult, unitsResult].find((result) => !result.ok);
        setError(failed && !failed.ok ? failed.error.message : null);
        setLoading(false);
      });
    return () => {
      live = false;
    };
  }, []);

  return useMemo(
    () => ({
      people,
      units,
      personOptions: people.map((person) => ({
        value: person.id,
        label: person.position ? `${person.name} — ${person.position}` : person.name,
      })),
      personPickerOptions: people.map((person) => ({
        value: person.id,
        label: person.name,
        position: person.position,
      })),
      unitOptions: units.map((unit) => ({
        value: unit.id,
        label: unit.shortName && unit.shortName !== unit.name ? `${unit.name} (${unit.shortName})` : unit.name,
      })),
      loading,
      error,
    }),
    [people, units, loading, error],
  );
}

/** Options plus the currently chosen person when the list no longer has them. */
export function withChosen<T extends PickerOption>(options: ReadonlyArray<T>, chosen: T | null): T[] {
  if (chosen === null || options.some((o) => o.value === chosen.value)) return [...options];
  return [chosen, ...options];
}
