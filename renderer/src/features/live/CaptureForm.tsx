import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../../shared/domain/agenda';
import type { IpcResult } from '../../../../shared/ipc/result';
import { DraftNotice } from '../../components/kit/DraftNotice';
import type { FormDraft } from '../../components/kit/useFormDraft';
import { useSubmitShortcut } from './useSubmitShortcut';

/** The agenda items a capture can belong to, "none" first. */
export function agendaOptions(agenda: ReadonlyArray<AgendaItem>, none: string) {
  return [
    { value: '', label: none },
    ...agenda.map((item) => ({ value: item.id, label: `${item.position}. ${item.title}` })),
  ];
}

type ModalProps = Readonly<{ opened: boolean; title: string; onClose: () => void; children: ReactNode }>;

/** The dialog around a capture form; the form is mounted on each open, so it starts from the line she picked, or from her draft. */
export function CaptureModal({ opened, title, onClose, children }: ModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg">
      {opened && children}
    </Modal>
  );
}

type FormProps<T> = Readonly<{
  form: FormDraft<T>;
  /** What the form goes back to once main saved. */
  initial: T;
  /** Checks what she typed; false keeps the dialog open with the field messages it set. */
  check: () => boolean;
  save: () => Promise<IpcResult<unknown>>;
  /** Main refused: where its Indonesian message is shown. */
  onRefused: (message: string) => void;
  savedMessage: string;
  /** A message for the whole form, under the fields. */
  formError?: string;
  onClose: () => void;
  children: ReactNode;
}>;

/**
 * The frame of the live capture dialogs (Keputusan, Tindak Lanjut): the restored draft, the
 * fields, Ctrl+Enter from anywhere, one save at a time, the saved notice, and Batal/Simpan.
 */
export function CaptureForm<T>(props: FormProps<T>) {
  const { t } = useTranslation('live');
  const { form, initial, check, save, onRefused, savedMessage, onClose } = props;
  const [busy, setBusy] = useState(false);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy || !check()) return;
    setBusy(true);
    const result = await save();
    setBusy(false);
    if (!result.ok) return onRefused(result.error.message);
    form.reset(initial);
    notifications.show({ message: savedMessage, color: 'green' });
    onClose();
  };

  useSubmitShortcut(true, () => void submit());

  return (
    <form onSubmit={(event) => void submit(event)}>
      <Stack gap="sm">
        {form.restoredAt !== null && <DraftNotice savedAt={form.restoredAt} onDiscard={form.discard} />}
        {props.children}
        {props.formError && (
          <Text c="red.8" size="sm" role="alert">
            {props.formError}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('capture.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('capture.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
