import { Button, Code, Group, Loader, NumberInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDatabaseExport } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BACKUP_KEEP_MAX, BACKUP_KEEP_MIN, type BackupInfo } from '../../../../shared/domain/backup';
import { LoadError } from '../../components/LoadError';
import { SectionCard } from '../../components/kit/SectionCard';
import { useAction } from '../../components/kit/useAction';
import { useAppStore } from '../../store';
import { ArchiveCard } from './ArchiveCard';
import { BackupScheduleFields } from './BackupScheduleFields';
import { BackupTable } from './BackupTable';
import { RestoreBackupModal } from './RestoreBackupModal';
import { useBackups } from './useBackups';

/** Pengaturan > Cadangan: the backups list, "Cadangkan sekarang", how many to keep, the daily schedule, and the archive. */
export function BackupSettings() {
  const { t } = useTranslation(['backups', 'common']);
  const { backups, settings, load, reload } = useBackups();
  const create = useAction(useAppStore((s) => s.createBackup));
  const saveKeepAction = useAction(useAppStore((s) => s.updateBackupSettings));
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const [keep, setKeep] = useState<number | string>('');

  useEffect(() => {
    if (settings) setKeep(settings.keep);
  }, [settings]);

  const backupNow = async () => {
    const result = await create.run();
    if (result.ok) notifications.show({ color: 'green', message: t('backupDone', { name: result.value.name }) });
    else notifications.show({ color: 'red', message: result.error.message });
  };

  const saveKeep = async () => {
    const result = await saveKeepAction.run({ keep: Number(keep) });
    if (result.ok) {
      notifications.show({ color: 'green', message: t('keepSaved', { count: result.value.keep }) });
      // Fewer to keep prunes the oldest: the list is read again.
      void reload();
    }
  };

  return (
    <Stack gap="lg">
      <SectionCard
        id="cadangan-daftar"
        title={t('listTitle')}
        help={t('listHelp')}
        action={
          <Button
            leftSection={<IconDatabaseExport size={18} aria-hidden />}
            loading={create.busy}
            onClick={() => void backupNow()}
          >
            {t('backupNow')}
          </Button>
        }
      >
        {settings && (
          <Text size="sm" mb="sm">
            {t('folder')}: <Code style={{ wordBreak: 'break-all' }}>{settings.folder}</Code>
          </Text>
        )}
        {load.status === 'error' && (
          <LoadError title={t('loadError')} message={load.message} onRetry={() => void reload()} />
        )}
        {load.status === 'loading' && backups.length === 0 && (
          <Loader role="status" size="sm" aria-label={t('common:loading')} />
        )}
        {load.status !== 'error' && (load.status === 'ready' || backups.length > 0) && (
          <BackupTable backups={backups} onRestore={setRestoring} />
        )}
        <Group align="flex-end" gap="sm" mt="md">
          <NumberInput
            label={t('keepLabel')}
            description={t('keepHelp', { min: BACKUP_KEEP_MIN, max: BACKUP_KEEP_MAX })}
            min={BACKUP_KEEP_MIN}
            max={BACKUP_KEEP_MAX}
            allowDecimal={false}
            value={keep}
            onChange={setKeep}
            error={saveKeepAction.error}
            w={300}
          />
          <Button
            variant="default"
            loading={saveKeepAction.busy}
            onClick={() => void saveKeep()}
            disabled={!settings || Number(keep) === settings.keep}
          >
            {t('common:actions.save')}
          </Button>
        </Group>
        {settings && <BackupScheduleFields settings={settings} />}
      </SectionCard>
      <ArchiveCard />
      <RestoreBackupModal backup={restoring} onClose={() => setRestoring(null)} />
    </Stack>
  );
}
