import { Button, Group, Select } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  DUE_WINDOWS,
  FOLLOW_UP_FILTER_STATUSES,
  type DueWindow,
  type FollowUpFilterStatus,
} from '../../../../shared/domain/followUp';
import type { FilterOptions } from '../../../../shared/domain/followUpViews';
import type { MeetingId, SeriesId, UnitId } from '../../../../shared/domain/ids';
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

/** OPD, status (with Terlambat), due window, meeting, series and programme tag. */
export function FollowUpFiltersBar({ filters, options, reminderDays, onChange, onReset }: Props) {
  const { t } = useTranslation('followUp');
  const longDate = useLongDate();
  const all = t('filters.all');
  return (
    <Group gap="xs" align="flex-end" role="search" aria-label={t('filters.label')}>
      <Select
        label={t('filters.unit')}
        w={WIDTH}
        searchable
        clearable
        placeholder={all}
        data={(options?.units ?? []).map((unit) => ({ value: unit.id, label: unit.name }))}
        value={filters.unitId}
        onChange={(value) => onChange({ unitId: value as UnitId | null })}
      />
      <Select
        label={t('filters.status')}
        w={WIDTH}
        clearable
        placeholder={all}
        data={FOLLOW_UP_FILTER_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
        value={filters.status}
        onChange={(value) => onChange({ status: value as FollowUpFilterStatus | null })}
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
          <DateInput
            label={t('filters.dueFrom')}
            w={150}
            clearable
            valueFormat="D MMM YYYY"
            value={filters.dueFrom}
            onChange={(value) => onChange({ dueFrom: value })}
          />
          <DateInput
            label={t('filters.dueTo')}
            w={150}
            clearable
            valueFormat="D MMM YYYY"
            value={filters.dueTo}
            onChange={(value) => onChange({ dueTo: value })}
          />
        </>
      )}
      <Select
        label={t('filters.meeting')}
        w={WIDTH}
        searchable
        clearable
        placeholder={all}
        data={(options?.meetings ?? []).map((meeting) => ({
          value: meeting.id,
          label: `${meeting.title} (${longDate(meeting.date)})`,
        }))}
        value={filters.meetingId}
        onChange={(value) => onChange({ meetingId: value as MeetingId | null })}
      />
      <Select
        label={t('filters.series')}
        w={WIDTH}
        clearable
        placeholder={all}
        data={(options?.series ?? []).map((series) => ({ value: series.id, label: series.title }))}
        value={filters.seriesId}
        onChange={(value) => onChange({ seriesId: value as SeriesId | null })}
      />
      <Select
        label={t('filters.tag')}
        w={WIDTH}
        searchable
        clearable
        placeholder={all}
        data={options?.programTags ?? []}
        value={filters.programTag}
        onChange={(value) => onChange({ programTag: value })}
      />
      {isFiltered(filters) && (
        <Button variant="subtle" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={onReset}>
          {t('filters.reset')}
        </Button>
      )}
    </Group>
  );
}
