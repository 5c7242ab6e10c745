import { Button, Group, Loader, Pagination, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconCalendarPlus, IconSearch, IconUsersGroup } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSummary } from '../../../../shared/domain/meeting';
import { EmptyState } from '../../components/EmptyState';
import { LoadError } from '../../components/LoadError';
import { useAppCommand } from '../../app/appCommands';
import { usePagination } from '../../lib/usePagination';
import { useLoadedList } from '../../store/useLoadedList';
import { MeetingFormModal } from './MeetingFormModal';
import { MeetingsTable } from './MeetingsTable';
import { useDeleteMeeting } from './useDeleteMeeting';
import { PageHeader } from '../../components/kit/PageHeader';

/** Ten years of rakor are thousands of rows: she narrows by year and words, then pages. */
function matches(meeting: MeetingSummary, year: string | null, words: string): boolean {
  if (year !== null && !meeting.date.startsWith(year)) return false;
  const q = words.trim().toLocaleLowerCase('id');
  return q === '' || `${meeting.title} ${meeting.place}`.toLocaleLowerCase('id').includes(q);
}

export function MeetingsPage() {
  const { t } = useTranslation(['meetings', 'common']);
  const { items: meetings, load, reload: loadMeetings } = useLoadedList('meetings');
  const deleteMeeting = useDeleteMeeting();
  const [creating, setCreating] = useState(false);
  // Berkas → Rapat Baru (Ctrl+N) in the desktop menu.
  useAppCommand('new-meeting', () => setCreating(true));
  const [renaming, setRenaming] = useState<MeetingSummary | null>(null);
  const [year, setYear] = useState<string | null>(null);
  const [words, setWords] = useState('');

  const years = useMemo(() => [...new Set(meetings.map((m) => m.date.slice(0, 4)))].sort().reverse(), [meetings]);
  const shown = useMemo(() => meetings.filter((m) => matches(m, year, words)), [meetings, year, words]);
  const { page, setPage, pages, pageItems } = usePagination(shown);

  const newButton = (
    <Button leftSection={<IconCalendarPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
      {t('newMeeting')}
    </Button>
  );

  return (
    <Stack gap="md">
      <PageHeader
        title={t('title')}
        subtitle={meetings.length > 0 ? t('count', { count: meetings.length }) : t('subtitle')}
        actions={newButton}
      />
      {load.status === 'error' && (
        <LoadError title={t('loadError')} message={load.message} onRetry={() => void loadMeetings()} />
      )}
      {load.status === 'loading' && meetings.length === 0 && <Loader role="status" aria-label={t('common:loading')} />}
      {load.status === 'ready' && meetings.length === 0 && (
        <EmptyState
          icon={<IconUsersGroup size={28} />}
          title={t('empty.title')}
          body={t('empty.body')}
          action={newButton}
        />
      )}
      {meetings.length > 0 && (
        <>
          <Group gap="sm" align="flex-end">
            <TextInput
              label={t('filter.words')}
              placeholder={t('filter.wordsPlaceholder')}
              leftSection={<IconSearch size={16} aria-hidden />}
              value={words}
              onChange={(event) => setWords(event.currentTarget.value)}
              w={320}
            />
            <Select
              label={t('filter.year')}
              placeholder={t('filter.allYears')}
              data={years}
              value={year}
              onChange={setYear}
              clearable
              w={160}
            />
            {shown.length !== meetings.length && (
              <Text size="sm" c="dimmed" role="status">
                {t('filter.shown', { count: shown.length })}
              </Text>
            )}
          </Group>
          {shown.length === 0 ? (
            <Text c="dimmed">{t('filter.none')}</Text>
          ) : (
            <Paper withBorder>
              <MeetingsTable meetings={pageItems} onRename={setRenaming} onDelete={(m) => void deleteMeeting(m)} />
            </Paper>
          )}
          {pages > 1 && (
            <Group justify="center">
              <Pagination total={pages} value={page} onChange={setPage} aria-label={t('filter.pages')} />
            </Group>
          )}
        </>
      )}
      <MeetingFormModal opened={creating} onClose={() => setCreating(false)} />
      <MeetingFormModal opened={renaming !== null} onClose={() => setRenaming(null)} meeting={renaming ?? undefined} />
    </Stack>
  );
}
