import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApprovalState } from '../../../../shared/domain/approval';
import type { IpcResult } from '../../../../shared/ipc/result';

type Props = Readonly<{
  state: ApprovalState;
  opened: boolean;
  onClose: () => void;
  onConfirm: (note: string) => Promise<IpcResult<unknown>>;
}>;

/** "Ajukan ke Pimpinan": names the chair it goes to; a note is optional. */
export function SubmitModal({ state, opened, onClose, onConfirm }: Props) {
  const { t } = useTranslation('approval');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const chair = state.people.find((person) => person.role === 'CHAIR');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await onConfirm(note);
    setBusy(false);
    if (result.ok) onClose();
    else setError(result.error.message);
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('submitModal.title')} size="lg">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('submitModal.body', { version: state.version, name: chair?.name ?? '—' })}</Text>
          <Textarea label={t('submitModal.note')} value={note} onChange={(event) => setNote(event.currentTarget.value)} rows={2} data-autofocus />
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('decision.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('submitModal.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
