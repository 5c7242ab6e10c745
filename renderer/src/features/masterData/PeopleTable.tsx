import { Badge, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/domain/masterData';
import { formatNip } from '../../../../shared/domain/nip';
import { useAppStore } from '../../store';
import { ActiveBadge } from './ActiveBadge';
import { RowActionsMenu } from './RowActionsMenu';

type Props = Readonly<{
  people: ReadonlyArray<Person>;
  onEdit: (person: Person) => void;
  onToggleActive: (person: Person) => void;
  onDelete: (person: Person) => void;
}>;

export function PeopleTable({ people, onEdit, onToggleActive, onDelete }: Props) {
  const { t } = useTranslation('masterData');
  const units = useAppStore((s) => s.units);
  // The short name keeps the column narrow ("Dinkes"); the full name is in the tooltip.
  const shortNames = useMemo(() => new Map(units.map((u) => [u.id, u.shortName])), [units]);
  return (
    <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('people.tableLabel')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('people.columns.name')}</Table.Th>
          <Table.Th w={110}>{t('people.columns.rank')}</Table.Th>
          <Table.Th>{t('people.columns.position')}</Table.Th>
          <Table.Th w={170}>{t('people.columns.unit')}</Table.Th>
          <Table.Th w={110}>{t('columns.status')}</Table.Th>
          <Table.Th w={56}>
            <VisuallyHidden>{t('columns.actions')}</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {people.map((person) => (
          <Table.Tr key={person.id}>
            <Table.Td>
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
            </Table.Td>
            <Table.Td>
              {person.isPolitical ? (
                <Badge variant="light" color="grape" size="sm">
                  {t('people.politicalBadge')}
                </Badge>
              ) : (
                (person.rankCode ?? '—')
              )}
            </Table.Td>
            <Table.Td>
              <Text size="sm">{person.position || '—'}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm" title={person.unitName ?? undefined}>
                {(person.unitId && shortNames.get(person.unitId)) || person.unitName || '—'}
              </Text>
            </Table.Td>
            <Table.Td>
              <ActiveBadge active={person.active} />
            </Table.Td>
            <Table.Td>
              <RowActionsMenu
                name={person.name}
                active={person.active}
                onEdit={() => onEdit(person)}
                onToggleActive={() => onToggleActive(person)}
                onDelete={() => onDelete(person)}
              />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
