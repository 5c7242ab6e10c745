import { Button, Group, Select } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DUE_WINDOWS, FOLLOW_UP_FILTER_STATUSES, type DueWindow } from '../../../../shared/domain/followUp';
import type { FilterOptions } from '../../../../shared/domain/followUpViews';
import { useLongDate } from '../../lib/useLongDate';
import { isFiltered, type FollowUpFilters as Filters } from './followUpParams';

type Props = Readonly<{
  filters: Filters;
  options: FilterOptions | null;
  reminderDays: number;
  onChange: (next: Partial<Filters>) => void;
  onReset: () => void;
}>;

const WIDTH = 165;

type OptionalFilter = 'unitId' | 'status' | 'dueFrom' | 'dueTo' | 'meetingId' | 'seriesId' | 'programTag';

/** OPD, status (with Terlambat), due window, meeting, series and programme tag. */
export function FollowUpFiltersBar({ filters, options, reminderDays, onChange, onReset }: Props) {
  const { t } = useTranslation('followUp');
  const longDate = useLongDate();
  // Each optional filter alike: one width, clearable, "Semua" while nothing is chosen.
  const optional = { w: WIDTH, clearable: true, placeholder: t('filters.all') };
  // A filter's value, and what choosing writes back (the ids are the ones its list offered).
  const bound = <K extends OptionalFilter>(key: K) => ({
    value: filters[key] as string | null,
    onChange: (value: string | null) => onChange({ [key]: value } as Partial<Filters>),
  });
  return (
    <Group gap="xs" align="flex-end" role="search" aria-label={t('filters.label')}>
      <Select
        label={t('filters.unit')}
        searchable
        {...optional}
        data={(options?.units ?? []).map((unit) => ({ value: unit.id, label: unit.name }))}
        {...bound('unitId')}
      />
      <Select
        label={t('filters.status')}
        {...optional}
        data={FOLLOW_UP_FILTER_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
        {...bound('status')}
      />
      <Select
        label={t('filters.due')}
        w={WIDTH}
        allowDeselect={false}
        data={DUE_WINDOWS.map((window) => ({
          value: window,
          label: t(`filters.windows.${window}`, { days: reminderDays }),
        }))}
        value={filters.window}
        onChange={(value) => onChange({ window: (value ?? 'SEMUA') as DueWindow })}
      />
      {filters.window === 'RENTANG' && (
        <>
          <DateInput label={t('filters.dueFrom')} w={150} clearable valueFormat="D MMM YYYY" {...bound('dueFrom')} />
          <DateInput label={t('filters.dueTo')} w={150} clearable valueFormat="D MMM YYYY" {...bound('dueTo')} />
        </>
      )}
      <Select
        label={t('filters.meeting')}
        searchable
        {...optional}
        data={(options?.meetings ?? []).map((meeting) => ({
          value: meeting.id,
          label: `${meeting.title} (${longDate(meeting.date)})`,
        }))}
        {...bound('meetingId')}
      />
      <Select
        label={t('filters.series')}
        {...optional}
        data={(options?.series ?? []).map((series) => ({ value: series.id, label: series.title }))}
        {...bound('seriesId')}
      />
      <Select
        label={t('filters.tag')}
        searchable
        {...optional}
        data={options?.programTags ?? []}
        {...bound('programTag')}
      />
      {isFiltered(filters) && (
        <Button variant="subtle" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={onReset}>
          {t('filters.reset')}
        </Button>
      )}
    </Group>
  );
}
