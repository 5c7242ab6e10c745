import { Select } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitId } from '../../../../shared/domain/ids';
import type { Person } from '../../../../shared/domain/masterData';
import { useAppStore } from '../../store';
import { useLoadedList } from '../../store/useLoadedList';
import { MasterListPanel } from './MasterListPanel';
import { usePeopleColumns } from './peopleColumns';
import { PersonFormModal } from './PersonFormModal';
import { useMasterList } from './useMasterList';

/** Typing pauses this long before main is asked, so each keystroke does not start a search. */
const SEARCH_DELAY_MS = 200;

/** The Pejabat tab: searched in main, because an import may bring thousands of officials. */
export function PeoplePanel() {
  const { t } = useTranslation('masterData');
  const people = useAppStore((s) => s.people);
  const load = useAppStore((s) => s.peopleLoad);
  const loadPeople = useAppStore((s) => s.loadPeople);
  // The OPD filter's choices.
  const { items: units } = useLoadedList('units');
  const list = useMasterList<Person>();
  const { query, showInactive } = list;
  const [unitId, setUnitId] = useState<string | null>(null);
  const [searched, setSearched] = useState(false);

  useEffect(() => {
    const timer = setTimeout(
      () => {
        const trimmed = query.trim();
        void loadPeople({
          ...(trimmed ? { query: trimmed } : {}),
          ...(unitId ? { unitId: unitId as UnitId } : {}),
          includeInactive: showInactive,
        }).then(() => setSearched(trimmed !== '' || unitId !== null));
      },
      query ? SEARCH_DELAY_MS : 0,
    );
    return () => clearTimeout(timer);
  }, [query, unitId, showInactive, loadPeople]);

  const unitOptions = useMemo(() => units.map((u) => ({ value: u.id, label: u.shortName || u.name })), [units]);

  return (
    <MasterListPanel
      section="people"
      list={list}
      filters={
        <Select
          label={t('people.filterUnit')}
          placeholder={t('people.filterUnitAll')}
          data={unitOptions}
          value={unitId}
          onChange={setUnitId}
          searchable
          clearable
          w={240}
          nothingFoundMessage={t('noOptions')}
        />
      }
      load={load}
      onRetry={() => void loadPeople()}
      // Main searched: an empty answer to a search is "no match", not "no officials yet".
      nothingYet={people.length === 0 && !searched}
      emptyIcon={IconUsers}
      items={people}
      noMatch={load.status === 'ready' ? t('noMatch', { query: query.trim() || '…' }) : null}
      count={people.length > 0 ? t('people.count', { count: people.length }) : null}
      columns={usePeopleColumns()}
      form={<PersonFormModal opened={list.formOpened} person={list.edited} onClose={list.closeForm} />}
    />
  );
}
