import { Badge, Tooltip, UnstyledButton } from '@mantine/core';
import { IconCloud, IconCloudOff, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { SYNC_OFFLINE_MESSAGE } from '../../../../shared/domain/sync';
import { useRegisterCommands } from '../../app/commandRegistry';
import { ROUTES } from '../../app/routes';
import { useAppStore } from '../../store';
import { syncTime } from './syncFormat';
import { useSyncStatus } from './useSyncStatus';

/** The header's word on the shared server, shown only once she linked one; a click opens its settings. */
export function SyncIndicator() {
  const { t, i18n } = useTranslation('sync');
  const navigate = useNavigate();
  const status = useSyncStatus(30_000);
  const syncNow = useAppStore((s) => s.syncNow);
  // Ctrl+K runs the same action as the settings' button, while she is linked.
  useRegisterCommands(
    'sync',
    status?.configured
      ? [{ id: 'sync-now', label: t('indicator.command'), group: t('title'), run: () => void syncNow() }]
      : [],
  );
  if (!status?.configured) return null;
  const offline = status.lastError === SYNC_OFFLINE_MESSAGE;
  const state = status.running
    ? t('indicator.running')
    : offline
      ? t('indicator.offline')
      : status.pending > 0
        ? t('indicator.pending', { count: status.pending })
        : status.lastSyncAt !== null
          ? t('indicator.synced', { time: syncTime(status.lastSyncAt, i18n.language) })
          : t('indicator.running');
  const color = status.lastError ? (offline ? 'yellow' : 'red') : 'gray';
  const Icon = status.running ? IconRefresh : status.lastError ? IconCloudOff : IconCloud;
  return (
    <Tooltip label={status.lastError ?? state}>
      <UnstyledButton
        onClick={() => void navigate(`${ROUTES.settings}?bagian=server`)}
        aria-label={t('indicator.label', { state })}
        data-testid="sync-indicator"
      >
        <Badge variant="light" color={color} leftSection={<Icon size={14} aria-hidden />} tt="none">
          {state}
        </Badge>
      </UnstyledButton>
    </Tooltip>
  );
}
