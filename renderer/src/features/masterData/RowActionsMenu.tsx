import { ActionIcon, Menu } from '@mantine/core';
import { IconDots, IconEye, IconEyeOff, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

type Props = Readonly<{
  name: string;
  active: boolean;
  onEdit: () => void;
  onToggleActive: () => void;
  onDelete: () => void;
}>;

/** Ubah, Nonaktifkan/Aktifkan, Hapus: the same three for every master-data row. */
export function RowActionsMenu({ name, active, onEdit, onToggleActive, onDelete }: Props) {
  const { t } = useTranslation(['masterData', 'common']);
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={t('rowActions', { name })}>
          <IconDots size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={onEdit}>
          {t('actions.edit')}
        </Menu.Item>
        <Menu.Item
          leftSection={active ? <IconEyeOff size={16} aria-hidden /> : <IconEye size={16} aria-hidden />}
          onClick={onToggleActive}
        >
          {active ? t('actions.deactivate') : t('actions.activate')}
        </Menu.Item>
        <Menu.Item color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={onDelete}>
          {t('common:actions.delete')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
