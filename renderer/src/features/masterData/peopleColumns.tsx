import { Badge, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/domain/masterData';
import { formatNip } from '../../../../shared/domain/nip';
import type { Column } from '../../components/kit/DataTable';
import { useAppStore } from '../../store';
import { ActiveBadge } from './ActiveBadge';

/** The Pejabat tab's columns (MasterListPanel adds the row menu). */
export function usePeopleColumns(): ReadonlyArray<Column<Person>> {
  const { t } = useTranslation('masterData');
  const units = useAppStore((s) => s.units);
  // The short name keeps the column narrow ("Dinkes"); the full name is in the tooltip.
  const shortNames = useMemo(() => new Map(units.map((u) => [u.id, u.shortName])), [units]);
  return [
    {
      header: t('people.columns.name'),
      cell: (person) => (
        <Stack gap={0}>
          <Text size="sm" fw={500} c={person.active ? undefined : 'dimmed'}>
            {person.name}
          </Text>
          <Text size="xs" c="dimmed" ff={person.nip ? 'monospace' : undefined}>
            {person.nip
              ? `NIP. ${formatNip(person.nip)}`
              : person.isPolitical
                ? t('people.politicalNoNip')
                : t('people.noNip')}
          </Text>
        </Stack>
      ),
    },
    {
      header: t('people.columns.rank'),
      w: 110,
      cell: (person) =>
        person.isPolitical ? (
          <Badge variant="light" color="grape" size="sm">
            {t('people.politicalBadge')}
          </Badge>
        ) : (
          (person.rankCode ?? '—')
        ),
    },
    { header: t('people.columns.position'), cell: (person) => <Text size="sm">{person.position || '—'}</Text> },
    {
      header: t('people.columns.unit'),
      w: 170,
      cell: (person) => (
        <Text size="sm" title={person.unitName ?? undefined}>
          {(person.unitId && shortNames.get(person.unitId)) || person.unitName || '—'}
        </Text>
      ),
    },
    { header: t('columns.status'), w: 110, cell: (person) => <ActiveBadge active={person.active} /> },
  ];
}
