import { ActionIcon, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus, IconTrash, IconUsersGroup } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitGroup } from '../../../../shared/domain/masterData';
import { EntityListPanel } from '../../components/kit/EntityListPanel';
import { useAppStore } from '../../store';
import { UnitGroupFormModal } from './UnitGroupFormModal';

/** How many names a row shows before "dan N lainnya". */
const NAMES_SHOWN = 3;

/** Data Master → Kelompok OPD: saved groups of OPD, picked in one go as owners or invitees. */
export function UnitGroupsPanel() {
  const { t } = useTranslation(['masterData', 'common']);
  const groups = useAppStore((s) => s.unitGroups);
  const load = useAppStore((s) => s.unitGroupsLoad);
  const loadUnitGroups = useAppStore((s) => s.loadUnitGroups);
  const loadUnits = useAppStore((s) => s.loadUnits);
  const units = useAppStore((s) => s.units);
  const deleteUnitGroup = useAppStore((s) => s.deleteUnitGroup);
  const saveUnitGroup = useAppStore((s) => s.saveUnitGroup);
  const [editing, setEditing] = useState<UnitGroup | 'new' | null>(null);

  useEffect(() => {
    void loadUnitGroups();
    void loadUnits();
  }, [loadUnitGroups, loadUnits]);

  const nameOf = useMemo(() => new Map(units.map((unit) => [unit.id, unit.shortName || unit.name])), [units]);
  const members = (group: UnitGroup) => {
    const names = group.unitIds.slice(0, NAMES_SHOWN).map((id) => nameOf.get(id) ?? '…');
    const more = group.unitIds.length - names.length;
    return more > 0 ? t('groups.membersMore', { names: names.join(', '), count: more }) : names.join(', ');
  };

  // Deleted at once with "Batalkan" in the toast, like every master-data row; undo saves it again.
  const remove = async (group: UnitGroup) => {
    const result = await deleteUnitGroup(group.id);
    if (!result.ok) return notifications.show({ color: 'red', message: result.error.message });
    const toastId = `unit-group-${group.id}`;
    const undo = async () => {
      notifications.hide(toastId);
      const restored = await saveUnitGroup({ name: group.name, unitIds: group.unitIds });
      notifications.show(
        restored.ok
          ? { color: 'green', message: t('toast.restored', { name: group.name }) }
          : { color: 'red', message: restored.error.message },
      );
    };
    notifications.show({
      id: toastId,
      autoClose: 8000,
      message: (
        <span>
          {t('groups.deleted', { name: group.name })}{' '}
          <Button size="compact-xs" variant="light" onClick={() => void undo()}>
            {t('common:actions.undo')}
          </Button>
        </span>
      ),
    });
  };

  return (
    <EntityListPanel
      toolbar={
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text size="sm" c="dimmed" maw={720}>
            {t('groups.help')}
          </Text>
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
            {t('groups.add')}
          </Button>
        </Group>
      }
      load={load}
      loadErrorTitle={t('groups.loadError')}
      onRetry={() => void loadUnitGroups()}
      nothingYet={groups.length === 0}
      empty={{ icon: <IconUsersGroup size={28} />, title: t('groups.emptyTitle'), body: t('groups.emptyBody') }}
      items={groups}
      noMatch={null}
      count={t('groups.count', { count: groups.length })}
      renderTable={(pageItems) => (
        <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('groups.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('groups.columns.name')}</Table.Th>
              <Table.Th>{t('groups.columns.members')}</Table.Th>
              <Table.Th w={96}>
                <VisuallyHidden>{t('columns.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pageItems.map((group) => (
              <Table.Tr key={group.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {group.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('groups.members', { count: group.unitIds.length })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{members(group)}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <ActionIcon
                      variant="subtle"
                      aria-label={t('groups.editLabel', { name: group.name })}
                      onClick={() => setEditing(group)}
                    >
                      <IconPencil size={16} aria-hidden />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('groups.deleteLabel', { name: group.name })}
                      onClick={() => void remove(group)}
                    >
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    >
      <UnitGroupFormModal
        opened={editing !== null}
        group={editing === 'new' ? undefined : (editing ?? undefined)}
        onClose={() => setEditing(null)}
      />
    </EntityListPanel>
  );
}
