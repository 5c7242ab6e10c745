import { Group, Loader, Pagination, Paper, Select, Stack, Text } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitId } from '../../../../shared/domain/ids';
import type { Person } from '../../../../shared/domain/masterData';
import { EmptyState } from '../../components/EmptyState';
import { LoadError } from '../../components/LoadError';
import { useAppStore } from '../../store';
import { ImportModal } from './ImportModal';
import { MasterToolbar } from './MasterToolbar';
import { PeopleTable } from './PeopleTable';
import { PersonFormModal } from './PersonFormModal';
import { usePagination } from '../../lib/usePagination';
import { useRowActions } from './useRowActions';

/** Typing pauses this long before main is asked, so each keystroke does not start a search. */
const SEARCH_DELAY_MS = 200;

/** The Pejabat tab: searched in main, because an import may bring thousands of officials. */
export function PeoplePanel() {
  const { t } = useTranslation('masterData');
  const people = useAppStore((s) => s.people);
  const load = useAppStore((s) => s.peopleLoad);
  const loadPeople = useAppStore((s) => s.loadPeople);
  const units = useAppStore((s) => s.units);
  const loadUnits = useAppStore((s) => s.loadUnits);
  const actions = useRowActions<Person>({
    setActive: useAppStore((s) => s.setPersonActive),
    remove: useAppStore((s) => s.deletePerson),
    restore: useAppStore((s) => s.restorePerson),
  });
  const [query, setQuery] = useState('');
  const [unitId, setUnitId] = useState<string | null>(null);
  const [showInactive, setShowInactive] = useState(false);
  const [editing, setEditing] = useState<Person | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const [searched, setSearched] = useState(false);

  useEffect(() => {
    void loadUnits();
  }, [loadUnits]);

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
  const { page, setPage, pages, pageItems } = usePagination(people);

  return (
    <Stack gap="md">
      <MasterToolbar
        searchLabel={t('people.search')}
        searchPlaceholder={t('people.searchPlaceholder')}
        query={query}
        onQuery={setQuery}
        showInactive={showInactive}
        onShowInactive={setShowInactive}
        addLabel={t('people.add')}
        onAdd={() => setEditing('new')}
        onImport={() => setImporting(true)}
      >
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
      </MasterToolbar>
      {load.status === 'error' && <LoadError title={t('people.loadError')} message={load.message} onRetry={() => void loadPeople()} />}
      {load.status === 'loading' && people.length === 0 && <Loader role="status" aria-label={t('loading')} />}
      {load.status === 'ready' && people.length === 0 && !searched && (
        <EmptyState icon={<IconUsers size={28} />} title={t('people.emptyTitle')} body={t('people.emptyBody')} />
      )}
      {load.status === 'ready' && people.length === 0 && searched && <Text>{t('noMatch', { query: query.trim() || '…' })}</Text>}
      {people.length > 0 && (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('people.count', { count: people.length })}
          </Text>
          <Paper withBorder>
            <PeopleTable
              people={pageItems}
              onEdit={setEditing}
              onToggleActive={(person) => void actions.toggleActive(person)}
              onDelete={(person) => void actions.remove(person)}
            />
          </Paper>
          {pages > 1 && (
            <Group justify="center">
              <Pagination total={pages} value={page} onChange={setPage} aria-label={t('pagination')} />
            </Group>
          )}
        </>
      )}
      <PersonFormModal opened={editing !== null} person={editing === 'new' ? undefined : (editing ?? undefined)} onClose={() => setEditing(null)} />
      <ImportModal opened={importing} onClose={() => setImporting(false)} />
    </Stack>
  );
}
