import { useEffect, useState } from 'react';
import type { PersonId } from '../../../../shared/domain/ids';
import type { RecordOption } from '../../components/kit/RecordSelect';
import { useAppStore } from '../../store';

/** Officials for the "penanda tangan" pickers, "Nama — Jabatan", read when the picker appears. */
export function usePeopleOptions(): ReadonlyArray<RecordOption<PersonId>> {
  const [options, setOptions] = useState<ReadonlyArray<RecordOption<PersonId>>>([]);
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
