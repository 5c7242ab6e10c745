import { Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../components/kit/SectionCard';
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
      <SectionCard id="sync-title" title={t('title')} help={t('help')} />
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
