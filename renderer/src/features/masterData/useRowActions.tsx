import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Person, Unit } from '../../../../shared/domain/masterData';
import type { IpcResult } from '../../../../shared/ipc/result';
import { useUndoableDelete } from '../../components/kit/undoToast';
import { useAppStore, type AppState } from '../../store';

/** The records of the OPD and Pejabat tabs, by the tab's section name. */
export type MasterRecords = { units: Unit; people: Person };

type Operations<T extends Unit | Person> = Readonly<{
  setActive: (id: T['id'], active: boolean) => Promise<IpcResult<T>>;
  remove: (id: T['id']) => Promise<IpcResult<unknown>>;
  restore: (id: T['id']) => Promise<IpcResult<T>>;
}>;

/** The store's actions on each tab's record. */
const OPERATIONS: { [S in keyof MasterRecords]: (state: AppState) => Operations<MasterRecords[S]> } = {
  units: (s) => ({ setActive: s.setUnitActive, remove: s.deleteUnit, restore: s.restoreUnit }),
  people: (s) => ({ setActive: s.setPersonActive, remove: s.deletePerson, restore: s.restorePerson }),
};

/**
 * Deactivate/activate and delete for a master-data row. Delete happens at once with
 * "Batalkan" in the toast; when main refuses because the row is still used, the
 * toast offers to deactivate it instead.
 */
export function useRowActions<S extends keyof MasterRecords>(section: S) {
  type T = MasterRecords[S];
  const { t } = useTranslation(['masterData', 'common']);
  // Store actions never change, so they are read when a row asks for one, not subscribed to.
  const ops = () => OPERATIONS[section](useAppStore.getState());
  const deleteWithUndo = useUndoableDelete();

  const toggleActive = async (item: T) => {
    const result = await ops().setActive(item.id, !item.active);
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
      remove: () => ops().remove(item.id),
      restore: () => ops().restore(item.id),
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
