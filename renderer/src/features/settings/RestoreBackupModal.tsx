import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../shared/domain/backup';
import { useAppStore } from '../../store';
import { reloadAfterDataSwap } from '../../lib/afterDataSwap';
import { useBackupWhen } from './useBackupWhen';

type Props = Readonly<{ backup: BackupInfo | null; onClose: () => void }>;

/** Restore is the one action that cannot be undone in place: it always asks first (ux-brief). */
export function RestoreBackupModal({ backup, onClose }: Props) {
  const { t } = useTranslation(['backups', 'common']);
  const when = useBackupWhen();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    if (busy) return;
    setError(null);
    onClose();
  };

  const restore = async () => {
    if (!backup) return;
    setBusy(true);
    setError(null);
    const result = await useAppStore.getState().restoreBackup({ name: backup.name });
    setBusy(false);
    if (result.ok) reloadAfterDataSwap(t('restored', { when: when(result.value.restored) }));
    else setError(result.error.message);
  };

  return (
    <Modal opened={backup !== null} onClose={close} title={t('confirm.title')} centered>
      {backup && (
        <Stack gap="sm">
          <Text>{t('confirm.body', { when: when(backup) })}</Text>
          <Text size="sm" c="dimmed">
            {t('confirm.safety')}
          </Text>
          {error && (
            <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={busy}>
              {t('common:actions.cancel')}
            </Button>
            <Button color="red" onClick={() => void restore()} loading={busy}>
              {t('confirm.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
