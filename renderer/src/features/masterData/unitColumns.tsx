import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../../shared/domain/masterData';
import type { Column } from '../../components/kit/DataTable';
import { ActiveBadge } from './ActiveBadge';
import { useKindLabel } from './unitKinds';

/** The OPD tab's columns (MasterListPanel adds the row menu). */
export function useUnitColumns(): ReadonlyArray<Column<Unit>> {
  const { t } = useTranslation('masterData');
  const kindLabel = useKindLabel();
  return [
    {
      header: t('units.columns.code'),
      w: 130,
      cell: (unit) => (
        <Text size="sm" ff="monospace">
          {unit.code ?? '—'}
        </Text>
      ),
    },
    {
      header: t('units.columns.name'),
      cell: (unit) => (
        <Text size="sm" fw={500} c={unit.active ? undefined : 'dimmed'}>
          {unit.name}
        </Text>
      ),
    },
    { header: t('units.columns.shortName'), w: 200, cell: (unit) => unit.shortName },
    { header: t('units.columns.kind'), w: 140, cell: (unit) => kindLabel(unit.kind) },
    { header: t('columns.status'), w: 110, cell: (unit) => <ActiveBadge active={unit.active} /> },
  ];
}
