import { Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCalendarPlus, IconUsersGroup } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSummary } from '../../../../shared/domain/meeting';
import { EmptyState } from '../../components/EmptyState';
import { LoadError } from '../../components/LoadError';
import { useAppCommand } from '../../app/appCommands';
import { useAppStore } from '../../store';
import { MeetingFormModal } from './MeetingFormModal';
import { MeetingsTable } from './MeetingsTable';
import { useDeleteMeeting } from './useDeleteMeeting';

export function MeetingsPage() {
  const { t } = useTranslation(['meetings', 'common']);
  const meetings = useAppStore((s) => s.meetings);
  const load = useAppStore((s) => s.meetingsLoad);
  const loadMeetings = useAppStore((s) => s.loadMeetings);
  const deleteMeeting = useDeleteMeeting();
  const [creating, setCreating] = useState(false);
  // Berkas → Rapat Baru (Ctrl+N) in the desktop menu.
  useAppCommand('new-meeting', () => setCreating(true));
  const [renaming, setRenaming] = useState<MeetingSummary | null>(null);

  useEffect(() => {
    void loadMeetings();
  }, [loadMeetings]);

  const newButton = (
    <Button leftSection={<IconCalendarPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
      {t('newMeeting')}
    </Button>
  );

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('title')}</Title>
          <Text c="dimmed" size="sm">
            {meetings.length > 0 ? t('count', { count: meetings.length }) : t('subtitle')}
          </Text>
        </div>
        {newButton}
      </Group>
      {load.status === 'error' && <LoadError title={t('loadError')} message={load.message} onRetry={() => void loadMeetings()} />}
      {load.status === 'loading' && meetings.length === 0 && <Loader role="status" aria-label={t('common:loading')} />}
      {load.status === 'ready' && meetings.length === 0 && (
        <EmptyState icon={<IconUsersGroup size={28} />} title={t('empty.title')} body={t('empty.body')} action={newButton} />
      )}
      {meetings.length > 0 && (
        <Paper withBorder>
          <MeetingsTable meetings={meetings} onRename={setRenaming} onDelete={(m) => void deleteMeeting(m)} />
        </Paper>
      )}
      <MeetingFormModal opened={creating} onClose={() => setCreating(false)} />
      <MeetingFormModal opened={renaming !== null} onClose={() => setRenaming(null)} meeting={renaming ?? undefined} />
    </Stack>
  );
}
