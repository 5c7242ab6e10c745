import { Alert, Button, Card, Group, Loader, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../../shared/domain/sync';
import { useAction } from '../../components/kit/useAction';
import { useAppStore } from '../../store';
import { syncTime } from './syncFormat';

/** Where the link stands: server, account, last sync, what waits, the last error; Sinkronkan sekarang and Keluar. */
export function SyncStatusCard({ status }: Readonly<{ status: SyncStatus }>) {
  const { t, i18n } = useTranslation('sync');
  const syncNow = useAction(useAppStore((s) => s.syncNow));
  const disconnect = useAction(useAppStore((s) => s.disconnectSync));

  const runNow = async () => {
    const result = await syncNow.run();
    if (result.ok && result.value.lastError === null)
      notifications.show({ color: 'green', message: t('status.synced') });
  };
  const logout = async () => {
    const result = await disconnect.run();
    if (result.ok) notifications.show({ message: t('status.loggedOut') });
  };

  const account =
    status.displayName && status.displayName !== status.username
      ? `${status.displayName} (${status.username})`
      : status.username;
  const error = syncNow.error ?? disconnect.error;

  return (
    <Card withBorder component="section" aria-labelledby="sync-status">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h5" id="sync-status">
          {t('status.title')}
        </Title>
        {status.running && (
          <Group gap={6} aria-live="polite">
            <Loader size="xs" />
            <Text size="sm">{t('status.running')}</Text>
          </Group>
        )}
      </Group>
      <Table variant="vertical" layout="fixed" data-testid="sync-status-table">
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={200}>{t('status.server')}</Table.Th>
            <Table.Td style={{ wordBreak: 'break-all' }}>{status.serverUrl}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('status.account')}</Table.Th>
            <Table.Td>
              {account}
              {status.role && ` · ${t(`status.role_${status.role}`)}`}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('status.lastSync')}</Table.Th>
            <Table.Td>
              {status.lastSyncAt === null ? t('status.never') : syncTime(status.lastSyncAt, i18n.language)}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('status.pending')}</Table.Th>
            <Table.Td>
              {status.pending === 0 ? t('status.pendingNone') : t('status.pendingCount', { count: status.pending })}
            </Table.Td>
          </Table.Tr>
          {status.lastError && (
            <Table.Tr>
              <Table.Th>{t('status.error')}</Table.Th>
              <Table.Td>
                <Text size="sm" c="red.8" data-testid="sync-last-error">
                  {status.lastError}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
      {error && (
        <Alert color="red" role="alert" mt="sm">
          {error}
        </Alert>
      )}
      <Group mt="md" justify="space-between">
        <Text size="xs" c="dimmed">
          {t('status.automatic')}
        </Text>
        <Group gap="sm">
          <Button variant="default" onClick={() => void logout()} loading={disconnect.busy}>
            {t('status.logout')}
          </Button>
          <Button onClick={() => void runNow()} loading={syncNow.busy || status.running}>
            {t('status.syncNow')}
          </Button>
        </Group>
      </Group>
    </Card>
  );
}
