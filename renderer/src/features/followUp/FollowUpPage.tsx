import { Button, Group, Loader, Pagination, Stack, Text } from '@mantine/core';
import { IconChecklist, IconFileExport, IconFileImport, IconMailForward } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { CommitmentId, FollowUpSort } from '../../../../shared/domain/followUpViews';
import { EmptyState } from '../../components/EmptyState';
import { DialogButtons } from '../../components/kit/DialogButtons';
import { LoadError } from '../../components/LoadError';
import { useLongDate } from '../../lib/useLongDate';
import { useAppStore } from '../../store';
import { CommitmentDrawer } from './CommitmentDrawer';
import { filtersFrom, isFiltered, PAGE_SIZE, paramsFrom, queryFrom, type FollowUpFilters } from './followUpParams';
import { FollowUpFiltersBar } from './FollowUpFilters';
import { FollowUpTable } from './FollowUpTable';
import { ImportReplyModal } from './ImportReplyModal';
import { ReportExportModal } from './ReportExportModal';
import { RequestExportModal } from './RequestExportModal';
import { UnitCards } from './UnitCards';
import { PageHeader } from '../../components/kit/PageHeader';

type Dialog = 'request' | 'import' | 'report' | null;

/** Tindak Lanjut: per-OPD cards, filters, the sortable list, a drawer per commitment, requests and replies. */
export function FollowUpPage() {
  const { t } = useTranslation('followUp');
  const longDate = useLongDate();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFrom(params), [params]);
  const dashboard = useAppStore((s) => s.followUpDashboard);
  const page = useAppStore((s) => s.followUpPage);
  const load = useAppStore((s) => s.followUpLoad);
  const options = useAppStore((s) => s.followUpOptions);
  const loadDashboard = useAppStore((s) => s.loadFollowUpDashboard);
  const loadFollowUps = useAppStore((s) => s.loadFollowUps);
  const loadMore = useAppStore((s) => s.loadMoreFollowUps);
  const loadOptions = useAppStore((s) => s.loadFollowUpOptions);
  const [dashboardError, setDashboardError] = useState<string | null>(null);
  const [open, setOpen] = useState<CommitmentId | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);

  const reloadDashboard = useCallback(
    () => void loadDashboard().then((result) => setDashboardError(result.ok ? null : result.error.message)),
    [loadDashboard],
  );
  useEffect(() => {
    reloadDashboard();
    void loadOptions();
  }, [reloadDashboard, loadOptions]);

  const today = dashboard?.today ?? null;
  const reminderDays = dashboard?.reminderDays ?? 7;
  const query = useMemo(
    () => (today === null ? null : queryFrom(filters, today, reminderDays)),
    [filters, today, reminderDays],
  );
  useEffect(() => {
    if (query !== null) void loadFollowUps(query);
  }, [query, loadFollowUps]);

  const change = (next: Partial<FollowUpFilters>) =>
    setParams(paramsFrom({ ...filters, page: 1, ...next }), { replace: true });
  const sortBy = (sort: FollowUpSort) =>
    change({ sort, descending: filters.sort === sort ? !filters.descending : false, page: filters.page });
  const unitOptions = (options?.units ?? []).map((unit) => ({ value: unit.id, label: unit.name }));

  const retry = () => {
    reloadDashboard();
    if (query !== null) void loadFollowUps(query);
  };
  const error = dashboardError ?? (load.status === 'error' ? load.message : null);

  return (
    <Stack gap="md">
      <PageHeader
        title={t('title')}
        subtitle={
          <>
            {t('intro')}
            {today !== null ? ` ${t('today', { date: longDate(today) })}.` : ''}
          </>
        }
        actions={
          <DialogButtons
            buttons={[
              { dialog: 'request', label: t('actions.request'), icon: IconMailForward, variant: 'light' },
              { dialog: 'import', label: t('actions.import'), icon: IconFileImport, variant: 'light' },
              { dialog: 'report', label: t('actions.report'), icon: IconFileExport, variant: 'default' },
            ]}
            onOpen={setDialog}
          />
        }
      />
      {error !== null && <LoadError title={t('loadError')} message={error} onRetry={retry} />}
      {dashboard && (
        <UnitCards dashboard={dashboard} selected={filters.unitId} onSelect={(unitId) => change({ unitId })} />
      )}
      <FollowUpFiltersBar
        filters={filters}
        options={options}
        reminderDays={reminderDays}
        onChange={change}
        onReset={() => setParams({}, { replace: true })}
      />
      {page === null && load.status !== 'error' && <Loader role="status" aria-label={t('title')} />}
      {page !== null && page.rows.length === 0 && (
        <EmptyState
          icon={<IconChecklist size={28} />}
          title={isFiltered(filters) ? t('empty.filteredTitle') : t('empty.title')}
          body={isFiltered(filters) ? t('empty.filteredBody') : t('empty.body')}
        />
      )}
      {page !== null && page.rows.length > 0 && (
        <Stack gap="xs" aria-busy={load.status === 'loading'}>
          <Text size="sm" c="dimmed" role="status">
            {page.total === null
              ? t('table.shown', { count: page.rows.length })
              : t('table.count', { count: page.total })}
          </Text>
          <FollowUpTable
            rows={page.rows}
            firstNumber={page.total === null ? 1 : (page.page - 1) * page.pageSize + 1}
            sort={filters.sort}
            descending={filters.descending}
            onSort={sortBy}
            onOpen={(row) => setOpen(row.id)}
          />
          {page.next !== null && (
            <Group justify="center">
              <Button variant="light" onClick={() => void loadMore()} loading={load.status === 'loading'}>
                {t('table.more')}
              </Button>
            </Group>
          )}
          {page.total !== null && page.total > PAGE_SIZE && (
            <Group justify="center">
              <Pagination
                total={Math.ceil(page.total / PAGE_SIZE)}
                value={filters.page}
                onChange={(value) => change({ page: value })}
                aria-label={t('table.pages')}
              />
            </Group>
          )}
        </Stack>
      )}
      <CommitmentDrawer commitmentId={open} today={today ?? ''} onClose={() => setOpen(null)} />
      <RequestExportModal
        opened={dialog === 'request'}
        onClose={() => setDialog(null)}
        today={today ?? ''}
        units={unitOptions}
        unitId={filters.unitId}
      />
      <ImportReplyModal opened={dialog === 'import'} onClose={() => setDialog(null)} units={unitOptions} />
      <ReportExportModal
        opened={dialog === 'report'}
        onClose={() => setDialog(null)}
        series={(options?.series ?? []).map((series) => ({ value: series.id, label: series.title }))}
        seriesId={filters.seriesId}
      />
    </Stack>
  );
}
