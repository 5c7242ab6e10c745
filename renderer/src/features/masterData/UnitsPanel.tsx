import { IconBuildingCommunity } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../../shared/domain/masterData';
import { loadedListProps } from '../../components/kit/loadedListProps';
import { useLoadedList } from '../../store/useLoadedList';
import { MasterListPanel } from './MasterListPanel';
import { UnitFormModal } from './UnitFormModal';
import { useUnitColumns } from './unitColumns';
import { useMasterList } from './useMasterList';

function matches(unit: Unit, query: string): boolean {
  const q = query.trim().toLocaleLowerCase('id');
  if (q === '') return true;
  return [unit.name, unit.shortName, unit.code ?? ''].some((text) => text.toLocaleLowerCase('id').includes(q));
}

/** The OPD tab: every unit is in memory (a regency has tens, not thousands), so search is instant. */
export function UnitsPanel() {
  const { t } = useTranslation('masterData');
  const unitList = useLoadedList('units');
  const units = unitList.items;
  const list = useMasterList<Unit>();
  const { query, showInactive } = list;

  const shown = useMemo(
    () => units.filter((u) => (showInactive || u.active) && matches(u, query)),
    [units, showInactive, query],
  );
  const activeCount = units.filter((u) => u.active).length;

  return (
    <MasterListPanel
      section="units"
      list={list}
      {...loadedListProps(unitList)}
      items={shown}
      emptyIcon={IconBuildingCommunity}
      noMatch={t('noMatch', { query })}
      count={t('units.count', { shown: shown.length, active: activeCount, count: units.length })}
      columns={useUnitColumns()}
      form={<UnitFormModal opened={list.formOpened} unit={list.edited} onClose={list.closeForm} />}
    />
  );
}
