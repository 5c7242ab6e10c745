import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCalendarPlus } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { MeetingSummary } from '../../../../shared/domain/meeting';
import { splitMeetings } from '../../../../shared/domain/meetingTiming';
import { LoadingLines } from '../../components/LoadingLines';
import { MeetingStatusBadge } from '../../components/MeetingStatusBadge';
import { useLongDate } from '../../lib/useLongDate';
import { useAppStore } from '../../store';
import { meetingPath } from '../../app/routes';
import { MeetingFormModal } from '../meetings';
import { FollowUpHomeCard } from '../followUp';
import { SetupChecklist } from './SetupChecklist';
import { useFirstRunSetup } from './useFirstRunSetup';

type ListProps = Readonly<{ title: string; meetings: ReadonlyArray<MeetingSummary>; empty: string; loading: boolean }>;

function MeetingList({ title, meetings, empty, loading }: ListProps) {
  const longDate = useLongDate();
  return (
    <Card withBorder padding="md" component="section" aria-label={title} aria-busy={loading}>
      <Title order={3} size="h5" mb="sm">
        {title}
      </Title>
      {loading ? (
        <LoadingLines />
      ) : meetings.length === 0 ? (
        <Text c="dimmed" size="sm">
          {empty}
        </Text>
      ) : (
        <Stack gap="xs">
          {meetings.map((meeting) => (
            <Group key={meeting.id} justify="space-between" wrap="nowrap">
              <div>
                <Anchor component={Link} to={meetingPath(meeting.id)} fw={500} c="inherit">
                  {meeting.title}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {longDate(meeting.date)}
                  {meeting.place ? ` · ${meeting.place}` : ''}
                </Text>
              </div>
              <MeetingStatusBadge status={meeting.status} />
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}

export function HomePage() {
  const { t } = useTranslation(['common', 'meetings']);
  const navigate = useNavigate();
  const meetings = useAppStore((s) => s.homeMeetings);
  const loadMeetings = useAppStore((s) => s.loadHomeMeetings);
  const loadStatus = useAppStore((s) => s.homeMeetingsLoad.status);
  const loading = meetings.length === 0 && (loadStatus === 'idle' || loadStatus === 'loading');
  const [creating, setCreating] = useState<'plain' | 'template' | null>(null);
  const setup = useFirstRunSetup();

  useEffect(() => {
    void loadMeetings();
  }, [loadMeetings]);

  // Held or not by each meeting's date and start time in its own (the instansi's) zone, not the
  // computer's: submitted and approved meetings are held whatever the clock says.
  const { upcoming, recent } = useMemo(() => splitMeetings(meetings, Date.now(), 5), [meetings]);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('home.greeting')}</Title>
          <Text c="dimmed">{t('home.intro')}</Text>
        </div>
        <Button leftSection={<IconCalendarPlus size={18} aria-hidden />} onClick={() => setCreating('plain')}>
          {t('meetings:newMeeting')}
        </Button>
      </Group>
      {setup.show && setup.status && (
        <SetupChecklist status={setup.status} onDismiss={setup.dismiss} onNewMeeting={() => setCreating('template')} />
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <MeetingList
          title={t('meetings:upcoming')}
          meetings={upcoming}
          empty={t('meetings:noUpcoming')}
          loading={loading}
        />
        <MeetingList
          title={t('meetings:recent')}
          meetings={recent}
          empty={t('meetings:empty.title')}
          loading={loading}
        />
      </SimpleGrid>
      <FollowUpHomeCard />
      <MeetingFormModal
        opened={creating !== null}
        onClose={() => setCreating(null)}
        templateId={creating === 'template' ? setup.templateId : null}
        onCreated={(created) => void navigate(meetingPath(created.id))}
      />
    </Stack>
  );
}
