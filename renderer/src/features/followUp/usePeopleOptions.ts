import { useEffect, useState } from 'react';
import type { RecordOption } from '../../components/kit/RecordSelect';
import { useAppStore } from '../../store';

/** Officials for the "penanda tangan" pickers, "Nama — Jabatan", read when the picker appears. */
export function usePeopleOptions(): ReadonlyArray<RecordOption> {
  const [options, setOptions] = useState<ReadonlyArray<RecordOption>>([]);
  useEffect(() => {
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
  }, []);
  return options;
}
