import { IconEye, IconEyeOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { RowMenu } from '../../components/kit/RowMenu';
import { deleteItem, editItem } from '../../components/kit/rowMenuColumn';

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
    <RowMenu
      label={t('rowActions', { name })}
      items={[
        editItem(t('actions.edit'), onEdit),
        {
          label: active ? t('actions.deactivate') : t('actions.activate'),
          icon: active ? <IconEyeOff size={16} aria-hidden /> : <IconEye size={16} aria-hidden />,
          onClick: onToggleActive,
        },
        deleteItem(t('common:actions.delete'), onDelete),
      ]}
    />
  );
}
