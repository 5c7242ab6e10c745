import { Card, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SyncConflictList } from './SyncConflictList';
import { SyncLoginForm } from './SyncLoginForm';
import { SyncStatusCard } from './SyncStatusCard';
import { useSyncStatus } from './useSyncStatus';

/** Pengaturan -> Server bersama: sign in, see where sync stands, sync now, and the latest conflicts. */
export function SyncSettings() {
  const { t } = useTranslation('sync');
  const status = useSyncStatus(5_000);
  return (
    <Stack gap="lg">
      <Card withBorder component="section" aria-labelledby="sync-title">
        <Title order={3} size="h5" id="sync-title">
          {t('title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('help')}
        </Text>
      </Card>
      {status === null ? (
        <Loader size="sm" aria-label={t('status.title')} />
      ) : (
        <>
          {status.configured ? <SyncStatusCard status={status} /> : <SyncLoginForm status={status} />}
          <SyncConflictList conflicts={status.recentConflicts} />
        </>
      )}
    </Stack>
  );
}
