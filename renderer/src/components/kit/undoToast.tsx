import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { IpcError, IpcResult } from '../../../../shared/ipc/result';

type UndoToast = Readonly<{ id: string; message: string; undoLabel: string; onUndo: () => void }>;

/** What went, with "Batalkan" beside it: delete happens at once instead of behind a confirmation. */
export function showUndoToast({ id, message, undoLabel, onUndo }: UndoToast) {
  notifications.show({
    id,
    autoClose: 8000,
    message: (
      <span>
        {message}{' '}
        <Button
          size="compact-xs"
          variant="light"
          onClick={() => {
            notifications.hide(id);
            onUndo();
          }}
        >
          {undoLabel}
        </Button>
      </span>
    ),
  });
}

export type UndoableDelete = Readonly<{
  toastId: string;
  remove: () => Promise<IpcResult<unknown>>;
  restore: () => Promise<IpcResult<unknown>>;
  deletedMessage: string;
  /** Said once it is back; absent where the row reappearing before her eyes says it (the live lists). */
  restoredMessage?: string;
  /** Main refused the delete; by default its message in a red toast. */
  onRefused?: (error: IpcError) => void;
}>;

/** Delete, offer "Batalkan", and say whether putting it back worked. */
export function useUndoableDelete(): (spec: UndoableDelete) => Promise<void> {
  const { t } = useTranslation('common');
  return async (spec) => {
    const result = await spec.remove();
    if (!result.ok) {
      if (spec.onRefused) spec.onRefused(result.error);
      else notifications.show({ color: 'red', message: result.error.message });
      return;
    }
    const undo = async () => {
      const restored = await spec.restore();
      if (!restored.ok) notifications.show({ color: 'red', message: restored.error.message });
      else if (spec.restoredMessage !== undefined)
        notifications.show({ color: 'green', message: spec.restoredMessage });
    };
    showUndoToast({
      id: spec.toastId,
      message: spec.deletedMessage,
      undoLabel: t('actions.undo'),
      onUndo: () => void undo(),
    });
  };
}
