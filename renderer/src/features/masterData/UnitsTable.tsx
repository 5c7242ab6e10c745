import { Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../../shared/domain/masterData';
import { ActiveBadge } from './ActiveBadge';
import { RowActionsMenu } from './RowActionsMenu';
import { useKindLabel } from './unitKinds';

type Props = Readonly<{
  units: ReadonlyArray<Unit>;
  onEdit: (unit: Unit) => void;
  onToggleActive: (unit: Unit) => void;
  onDelete: (unit: Unit) => void;
}>;

export function UnitsTable({ units, onEdit, onToggleActive, onDelete }: Props) {
  const { t } = useTranslation('masterData');
  const kindLabel = useKindLabel();
  return (
    <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('units.tableLabel')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={130}>{t('units.columns.code')}</Table.Th>
          <Table.Th>{t('units.columns.name')}</Table.Th>
          <Table.Th w={200}>{t('units.columns.shortName')}</Table.Th>
          <Table.Th w={140}>{t('units.columns.kind')}</Table.Th>
          <Table.Th w={110}>{t('columns.status')}</Table.Th>
          <Table.Th w={56}>
            <VisuallyHidden>{t('columns.actions')}</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {units.map((unit) => (
          <Table.Tr key={unit.id}>
            <Table.Td>
              <Text size="sm" ff="monospace">
                {unit.code ?? '—'}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm" fw={500} c={unit.active ? undefined : 'dimmed'}>
                {unit.name}
              </Text>
            </Table.Td>
            <Table.Td>{unit.shortName}</Table.Td>
            <Table.Td>{kindLabel(unit.kind)}</Table.Td>
            <Table.Td>
              <ActiveBadge active={unit.active} />
            </Table.Td>
            <Table.Td>
              <RowActionsMenu
                name={unit.name}
                active={unit.active}
                onEdit={() => onEdit(unit)}
                onToggleActive={() => onToggleActive(unit)}
                onDelete={() => onDelete(unit)}
              />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
