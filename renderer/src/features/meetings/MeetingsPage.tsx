import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { IconCalendarPlus, IconSearch, IconUsersGroup } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSummary } from '../../../../shared/domain/meeting';
import { EntityListPanel } from '../../components/kit/EntityListPanel';
import { loadedListProps } from '../../components/kit/loadedListProps';
import { useAppCommand } from '../../app/appCommands';
import { useLoadedList } from '../../store/useLoadedList';
import { MeetingFormModal } from './MeetingFormModal';
import { useMeetingColumns } from './meetingColumns';
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
  const meetingList = useLoadedList('meetings');
  const meetings = meetingList.items;
  const deleteMeeting = useDeleteMeeting();
  const [creating, setCreating] = useState(false);
  // Berkas → Rapat Baru (Ctrl+N) in the desktop menu.
  useAppCommand('new-meeting', () => setCreating(true));
  const [renaming, setRenaming] = useState<MeetingSummary | null>(null);
  const [year, setYear] = useState<string | null>(null);
  const [words, setWords] = useState('');
  const columns = useMeetingColumns({ onRename: setRenaming, onDelete: (m) => void deleteMeeting(m) });

  const years = useMemo(() => [...new Set(meetings.map((m) => m.date.slice(0, 4)))].sort().reverse(), [meetings]);
  const shown = useMemo(() => meetings.filter((m) => matches(m, year, words)), [meetings, year, words]);

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
      <EntityListPanel
        toolbar={
          meetings.length > 0 && (
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
            </Group>
          )
        }
        {...loadedListProps(meetingList)}
        items={shown}
        loadErrorTitle={t('loadError')}
        empty={{
          icon: IconUsersGroup,
          title: t('empty.title'),
          body: t('empty.body'),
          action: newButton,
        }}
        noMatch={t('filter.none')}
        count={shown.length !== meetings.length ? t('filter.shown', { count: shown.length }) : null}
        table={{ label: t('title'), spacing: 'sm', columns }}
      >
        <MeetingFormModal opened={creating} onClose={() => setCreating(false)} />
        <MeetingFormModal
          opened={renaming !== null}
          onClose={() => setRenaming(null)}
          meeting={renaming ?? undefined}
        />
      </EntityListPanel>
    </Stack>
  );
}
