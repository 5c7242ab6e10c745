import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { IpcResult } from '../../../../shared/ipc/result';

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

  const toggleActive = async (item: T) => {
    const result = await ops.setActive(item.id, !item.active);
    notifications.show(
      result.ok
        ? { color: 'green', message: t(item.active ? 'toast.deactivated' : 'toast.activated', { name: item.name }) }
        : { color: 'red', message: result.error.message },
    );
  };

  const remove = async (item: T) => {
    const result = await ops.remove(item.id);
    const toastId = `master-${item.id}`;
    if (!result.ok) {
      const offer = result.error.code === 'CONFLICT' && item.active;
      notifications.show({
        id: toastId,
        color: 'orange',
        autoClose: offer ? 12_000 : 6000,
        message: (
          <span>
            {result.error.message}{' '}
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
      return;
    }
    const undo = async () => {
      notifications.hide(toastId);
      const restored = await ops.restore(item.id);
      notifications.show(
        restored.ok
          ? { color: 'green', message: t('toast.restored', { name: item.name }) }
          : { color: 'red', message: restored.error.message },
      );
    };
    notifications.show({
      id: toastId,
      autoClose: 8000,
      message: (
        <span>
          {t('toast.deleted', { name: item.name })}{' '}
          <Button size="compact-xs" variant="light" onClick={() => void undo()}>
            {t('common:actions.undo')}
          </Button>
        </span>
      ),
    });
  };

  return { toggleActive, remove };
}
