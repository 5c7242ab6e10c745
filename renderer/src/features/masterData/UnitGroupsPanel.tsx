import { Button, Text } from '@mantine/core';
import { IconPlus, IconUsersGroup } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitGroup } from '../../../../shared/domain/masterData';
import { EntityListPanel } from '../../components/kit/EntityListPanel';
import { ListIntro } from '../../components/kit/ListIntro';
import { loadedListProps } from '../../components/kit/loadedListProps';
import { deleteItem, editItem, rowMenuColumn } from '../../components/kit/rowMenuColumn';
import { useUndoableDelete } from '../../components/kit/undoToast';
import { useAppStore } from '../../store';
import { useLoadedList } from '../../store/useLoadedList';
import { UnitGroupFormModal } from './UnitGroupFormModal';

/** How many names a row shows before "dan N lainnya". */
const NAMES_SHOWN = 3;

/** Data Master → Kelompok OPD: saved groups of OPD, picked in one go as owners or invitees. */
export function UnitGroupsPanel() {
  const { t } = useTranslation(['masterData', 'common']);
  const groupList = useLoadedList('unitGroups');
  const groups = groupList.items;
  // The members' names.
  const { items: units } = useLoadedList('units');
  const deleteUnitGroup = useAppStore((s) => s.deleteUnitGroup);
  const saveUnitGroup = useAppStore((s) => s.saveUnitGroup);
  const undoableDelete = useUndoableDelete();
  const [editing, setEditing] = useState<UnitGroup | 'new' | null>(null);

  const nameOf = useMemo(() => new Map(units.map((unit) => [unit.id, unit.shortName || unit.name])), [units]);
  const members = (group: UnitGroup) => {
    const names = group.unitIds.slice(0, NAMES_SHOWN).map((id) => nameOf.get(id) ?? '…');
    const more = group.unitIds.length - names.length;
    return more > 0 ? t('groups.membersMore', { names: names.join(', '), count: more }) : names.join(', ');
  };

  // Deleted at once with "Batalkan" in the toast, like every master-data row; undo saves it again.
  const remove = (group: UnitGroup) =>
    undoableDelete({
      toastId: `unit-group-${group.id}`,
      remove: () => deleteUnitGroup(group.id),
      restore: () => saveUnitGroup({ name: group.name, unitIds: group.unitIds }),
      deletedMessage: t('groups.deleted', { name: group.name }),
      restoredMessage: t('toast.restored', { name: group.name }),
    });

  return (
    <EntityListPanel
      toolbar={
        <ListIntro
          help={t('groups.help')}
          action={
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
              {t('groups.add')}
            </Button>
          }
        />
      }
      {...loadedListProps(groupList)}
      loadErrorTitle={t('groups.loadError')}
      empty={{ icon: IconUsersGroup, title: t('groups.emptyTitle'), body: t('groups.emptyBody') }}
      noMatch={null}
      count={t('groups.count', { count: groups.length })}
      table={{
        label: t('groups.tableLabel'),
        columns: [
          {
            header: t('groups.columns.name'),
            cell: (group) => (
              <>
                <Text size="sm" fw={500}>
                  {group.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('groups.members', { count: group.unitIds.length })}
                </Text>
              </>
            ),
          },
          { header: t('groups.columns.members'), cell: (group) => <Text size="sm">{members(group)}</Text> },
          rowMenuColumn<UnitGroup>(t('columns.actions'), (group) => ({
            label: t('rowActions', { name: group.name }),
            items: [
              editItem(t('groups.edit'), () => setEditing(group)),
              deleteItem(t('common:actions.delete'), () => void remove(group)),
            ],
          })),
        ],
      }}
    >
      <UnitGroupFormModal
        opened={editing !== null}
        group={editing === 'new' ? undefined : (editing ?? undefined)}
        onClose={() => setEditing(null)}
      />
    </EntityListPanel>
  );
}
