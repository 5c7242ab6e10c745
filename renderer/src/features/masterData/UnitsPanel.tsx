import { Group, Loader, Pagination, Paper, Stack, Text } from '@mantine/core';
import { IconBuildingCommunity } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../../shared/domain/masterData';
import { EmptyState } from '../../components/EmptyState';
import { LoadError } from '../../components/LoadError';
import { useAppStore } from '../../store';
import { ImportModal } from './ImportModal';
import { MasterToolbar } from './MasterToolbar';
import { UnitFormModal } from './UnitFormModal';
import { UnitsTable } from './UnitsTable';
import { usePagination } from '../../lib/usePagination';
import { useRowActions } from './useRowActions';

function matches(unit: Unit, query: string): boolean {
  const q = query.trim().toLocaleLowerCase('id');
  if (q === '') return true;
  return [unit.name, unit.shortName, unit.code ?? ''].some((text) => text.toLocaleLowerCase('id').includes(q));
}

/** The OPD tab: every unit is in memory (a regency has tens, not thousands), so search is instant. */
export function UnitsPanel() {
  const { t } = useTranslation('masterData');
  const units = useAppStore((s) => s.units);
  const load = useAppStore((s) => s.unitsLoad);
  const loadUnits = useAppStore((s) => s.loadUnits);
  const actions = useRowActions<Unit>({
    setActive: useAppStore((s) => s.setUnitActive),
    remove: useAppStore((s) => s.deleteUnit),
    restore: useAppStore((s) => s.restoreUnit),
  });
  const [query, setQuery] = useState('');
  const [showInactive, setShowInactive] = useState(false);
  const [editing, setEditing] = useState<Unit | 'new' | null>(null);
  const [importing, setImporting] = useState(false);

  useEffect(() => {
    void loadUnits();
  }, [loadUnits]);

  const shown = useMemo(() => units.filter((u) => (showInactive || u.active) && matches(u, query)), [units, showInactive, query]);
  const { page, setPage, pages, pageItems } = usePagination(shown);
  const activeCount = units.filter((u) => u.active).length;

  return (
    <Stack gap="md">
      <MasterToolbar
        searchLabel={t('units.search')}
        searchPlaceholder={t('units.searchPlaceholder')}
        query={query}
        onQuery={setQuery}
        showInactive={showInactive}
        onShowInactive={setShowInactive}
        addLabel={t('units.add')}
        onAdd={() => setEditing('new')}
        onImport={() => setImporting(true)}
      />
      {load.status === 'error' && <LoadError title={t('units.loadError')} message={load.message} onRetry={() => void loadUnits()} />}
      {load.status === 'loading' && units.length === 0 && <Loader role="status" aria-label={t('loading')} />}
      {load.status === 'ready' && units.length === 0 && (
        <EmptyState icon={<IconBuildingCommunity size={28} />} title={t('units.emptyTitle')} body={t('units.emptyBody')} />
      )}
      {units.length > 0 && (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('units.count', { shown: shown.length, active: activeCount, count: units.length })}
          </Text>
          {shown.length === 0 ? (
            <Text>{t('noMatch', { query })}</Text>
          ) : (
            <Paper withBorder>
              <UnitsTable
                units={pageItems}
                onEdit={setEditing}
                onToggleActive={(unit) => void actions.toggleActive(unit)}
                onDelete={(unit) => void actions.remove(unit)}
              />
            </Paper>
          )}
          {pages > 1 && (
            <Group justify="center">
              <Pagination total={pages} value={page} onChange={setPage} aria-label={t('pagination')} />
            </Group>
          )}
        </>
      )}
      <UnitFormModal opened={editing !== null} unit={editing === 'new' ? undefined : (editing ?? undefined)} onClose={() => setEditing(null)} />
      <ImportModal opened={importing} onClose={() => setImporting(false)} />
    </Stack>
  );
}
