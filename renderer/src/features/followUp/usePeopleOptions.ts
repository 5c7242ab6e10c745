import { useEffect, useState } from 'react';
import { useAppStore } from '../../store';

export type Option = Readonly<{ value: string; label: string }>;

/** Officials for the "penanda tangan" pickers: "Nama — Jabatan". */
export function usePeopleOptions(active: boolean): ReadonlyArray<Option> {
  const [options, setOptions] = useState<ReadonlyArray<Option>>([]);
  useEffect(() => {
    if (!active) return;
    let live = true;
    void useAppStore
      .getState()
      .pickerPeople()
      .then((result) => {
        if (live && result.ok)
          setOptions(
            result.value.map((person) => ({
              value: person.id,
              label: person.position ? `${person.name} — ${person.position}` : person.name,
            })),
          );
      });
    return () => {
      live = false;
    };
  }, [active]);
  return options;
}
