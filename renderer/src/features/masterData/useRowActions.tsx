import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { IpcResult } from '../../../../shared/ipc/result';
import { useUndoableDelete } from '../../components/kit/undoToast';

type Entity = Readonly<{ id: string; name: string; active: boolean }>;

type Operations<T extends Entity> = Readonly<{
  setActive: (id: T['id'], active: boolean) => Promise<IpcResult<T>>;
  remove: (id: T['id']) => Promise<IpcResult<unknown>>;
  restore: (id: T['id']) => Promise<IpcResult<T>>;
}>;

/**
 * Deactivate/activate and delete for a master-data row. Delete happens at once with
 * "Batalkan" in the toast; when main refuses because the row is still used, the
 * toast offers to deactivate it instead.
 */
export function useRowActions<T extends Entity>(ops: Operations<T>) {
  const { t } = useTranslation(['masterData', 'common']);
  const deleteWithUndo = useUndoableDelete();

  const toggleActive = async (item: T) => {
    const result = await ops.setActive(item.id, !item.active);
    notifications.show(
      result.ok
        ? { color: 'green', message: t(item.active ? 'toast.deactivated' : 'toast.activated', { name: item.name }) }
        : { color: 'red', message: result.error.message },
    );
  };

  const remove = (item: T) => {
    const toastId = `master-${item.id}`;
    return deleteWithUndo({
      toastId,
      remove: () => ops.remove(item.id),
      restore: () => ops.restore(item.id),
      deletedMessage: t('toast.deleted', { name: item.name }),
      restoredMessage: t('toast.restored', { name: item.name }),
      onRefused: (error) => {
        const offer = error.code === 'CONFLICT' && item.active;
        notifications.show({
          id: toastId,
          color: 'orange',
          autoClose: offer ? 12_000 : 6000,
          message: (
            <span>
              {error.message}{' '}
              {offer && (
                <Button
                  size="compact-xs"
                  variant="light"
                  onClick={() => {
                    notifications.hide(toastId);
                    void toggleActive(item);
                  }}
                >
                  {t('actions.deactivate')}
                </Button>
              )}
            </span>
          ),
        });
      },
    });
  };

  // Row handlers for the tables: each answers in its own toast, so nothing waits on them.
  return {
    onToggleActive: (item: T) => void toggleActive(item),
    onDelete: (item: T) => void remove(item),
  };
}
