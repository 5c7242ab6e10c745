import { Alert, Button, Card, Code, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, DataHealth } from '../../../../shared/domain/backup';
import { ArchiveCard, BackupTable, RestoreBackupModal, useBackupWhen, useBackups } from '../settings';

type Props = Readonly<{ health: Extract<DataHealth, { state: 'recovery' }> }>;

/**
 * Shown instead of every screen when the data file failed its check at start:
 * what happened in plain words, the newest sound backup with its date, and
 * the way back. Main refuses every write meanwhile.
 */
export function RecoveryScreen({ health }: Props) {
  const { t } = useTranslation('recovery');
  const when = useBackupWhen();
  const { backups } = useBackups();
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const newest = health.newestGoodBackup;
  const others = backups.filter((backup) => backup.name !== newest?.name);

  return (
    <Stack gap="md" maw={880}>
      <Alert
        color="red"
        variant="light"
        icon={<IconAlertTriangle aria-hidden />}
        title={
          <Title order={2} size="h3">
            {t('title')}
          </Title>
        }
        role="alert"
      >
        <Stack gap="xs">
          <Text>{t('explanation')}</Text>
          <Text>{t('whatToDo')}</Text>
        </Stack>
      </Alert>
      <Card withBorder>
        {newest ? (
          <Stack gap="sm" align="flex-start">
            <Text fw={600}>{t('newest', { when: when(newest) })}</Text>
            <Button size="md" leftSection={<IconRestore size={18} aria-hidden />} onClick={() => setRestoring(newest)}>
              {t('restoreNewest')}
            </Button>
          </Stack>
        ) : (
          <Stack gap="xs">
            <Text fw={600}>{t('noneGood')}</Text>
            <Text size="sm">{t('noneGoodHelp')}</Text>
          </Stack>
        )}
      </Card>
      {others.length > 0 && (
        <Card withBorder component="section" aria-labelledby="pemulihan-lain">
          <Title order={3} size="h5" id="pemulihan-lain" mb="xs">
            {t('otherBackups')}
          </Title>
          <BackupTable backups={others} onRestore={setRestoring} />
        </Card>
      )}
      <ArchiveCard importOnly />
      <Stack gap={4}>
        <Text size="xs" c="dimmed">
          {t('detail')}
        </Text>
        <Code block>{health.detail}</Code>
      </Stack>
      <RestoreBackupModal backup={restoring} onClose={() => setRestoring(null)} />
    </Stack>
  );
}
