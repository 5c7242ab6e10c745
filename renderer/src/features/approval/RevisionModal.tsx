import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcResult } from '../../../../shared/ipc/result';

type Props = Readonly<{
  version: number;
  opened: boolean;
  onClose: () => void;
  onConfirm: (reason: string) => Promise<IpcResult<unknown>>;
}>;

/** "Buat revisi": cannot be undone, so it asks, and the reason is required. */
export function RevisionModal({ version, opened, onClose, onConfirm }: Props) {
  const { t } = useTranslation('approval');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') return;
    setBusy(true);
    const result = await onConfirm(reason);
    setBusy(false);
    if (result.ok) onClose();
    else setError(result.error.message);
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('reviseModal.title')} size="lg">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('reviseModal.help', { version, next: version + 1 })}</Text>
          <Textarea
            label={t('reviseModal.reason')}
            placeholder={t('reviseModal.reasonPlaceholder')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            rows={2}
            required
            data-autofocus
          />
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('decision.cancel')}
            </Button>
            <Button type="submit" loading={busy} disabled={reason.trim() === ''}>
              {t('reviseModal.confirm', { next: version + 1 })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
