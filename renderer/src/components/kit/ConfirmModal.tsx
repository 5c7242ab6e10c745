import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcResult } from '../../../../shared/ipc/result';
import { useAction } from './useAction';

type Props<S, T> = Readonly<{
  /** What she is asked about (the backup, the archive, the template); the modal is open while there is one. */
  subject: S | null;
  title: string;
  /** Cancelled (Batal, Esc, the close button); not offered while main works. */
  onClose: () => void;
  /** The red button: what cannot be undone in place ("Pulihkan", "Hapus templat"). */
  confirmLabel: string;
  onConfirm: (subject: S) => Promise<IpcResult<T>>;
  /** Main agreed: what comes next (a notification and close, or the app reloading). */
  onConfirmed: (value: T, subject: S) => void;
  /** What will happen to it, in her words. */
  children: (subject: S) => ReactNode;
}>;

/**
 * "Are you sure?" for one action that cannot be taken back: Batal and a red confirm button, busy
 * while main works (the modal cannot be closed then), main's refusal shown in place.
 */
export function ConfirmModal<S, T>(props: Props<S, T>) {
  const { subject, title, onClose, confirmLabel, onConfirm, onConfirmed, children } = props;
  const { t } = useTranslation('common');
  const { run, busy, error, clearError } = useAction(onConfirm);
  const close = () => {
    if (busy) return;
    clearError();
    onClose();
  };
  const confirm = async (asked: S) => {
    const result = await run(asked);
    if (result.ok) onConfirmed(result.value, asked);
  };
  return (
    <Modal opened={subject !== null} onClose={close} title={title} centered>
      {subject !== null && (
        <Stack gap="sm">
          {children(subject)}
          {error && (
            <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={busy}>
              {t('actions.cancel')}
            </Button>
            <Button color="red" loading={busy} onClick={() => void confirm(subject)}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
