import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../shared/domain/backup';
import { ConfirmModal } from '../../components/kit/ConfirmModal';
import { useAppStore } from '../../store';
import { reloadAfterDataSwap } from '../../lib/afterDataSwap';
import { useBackupWhen } from './useBackupWhen';

type Props = Readonly<{ backup: BackupInfo | null; onClose: () => void }>;

/** Restore is the one action that cannot be undone in place: it always asks first (ux-brief). */
export function RestoreBackupModal({ backup, onClose }: Props) {
  const { t } = useTranslation('backups');
  const when = useBackupWhen();
  const restoreBackup = useAppStore((s) => s.restoreBackup);
  return (
    <ConfirmModal
      subject={backup}
      onClose={onClose}
      title={t('confirm.title')}
      confirmLabel={t('confirm.confirm')}
      onConfirm={(asked) => restoreBackup({ name: asked.name })}
      onConfirmed={(value) => reloadAfterDataSwap(t('restored', { when: when(value.restored) }))}
    >
      {(asked) => (
        <>
          <Text>{t('confirm.body', { when: when(asked) })}</Text>
          <Text size="sm" c="dimmed">
            {t('confirm.safety')}
          </Text>
        </>
      )}
    </ConfirmModal>
  );
}
