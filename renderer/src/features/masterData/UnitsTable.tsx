import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../../shared/domain/masterData';
import { RecordTable } from '../../components/kit/RecordTable';
import { ActiveBadge } from './ActiveBadge';
import { masterRowActions, type MasterRowHandlers } from './masterRowActions';
import { useKindLabel } from './unitKinds';

type Props = Readonly<{ units: ReadonlyArray<Unit> }> & MasterRowHandlers<Unit>;

export function UnitsTable({ units, ...handlers }: Props) {
  const { t } = useTranslation('masterData');
  const kindLabel = useKindLabel();
  return (
    <RecordTable
      label={t('units.tableLabel')}
      rows={units}
      columns={[
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
        masterRowActions(t('columns.actions'), handlers),
      ]}
    />
  );
}
