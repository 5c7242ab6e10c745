import { ActionIcon, Anchor, Badge, Button, Group, Loader, Stack, Tabs, Text, Title, Tooltip } from '@mantine/core';
import { IconArrowLeft, IconCalendarRepeat } from '@tabler/icons-react';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import type { MeetingId } from '../../../../shared/domain/ids';
import { isContentLocked } from '../../../../shared/domain/meeting';
import { LoadError } from '../../components/LoadError';
import { MeetingStatusBadge } from '../../components/MeetingStatusBadge';
import { ROUTES } from '../../app/routes';
import { useLongDate } from '../../lib/useLongDate';
import { useAppStore } from '../../store';
import { NextMeetingModal } from '../series';
import { MEETING_TABS } from './meetingTabs';
import { useMeetingPalette } from './useMeetingPalette';
import { ApprovalBar, ReadOnlyWhen } from '../approval';

/** /rapat/:id — the header (title, "Jumat, 27 November 2026", status) and the meeting's tabs. */
export function MeetingPage() {
  const { t } = useTranslation(['meeting', 'common', 'series']);
  const id = (useParams()['id'] ?? '') as MeetingId;
  const [params, setParams] = useSearchParams();
  const meeting = useAppStore((s) => s.meetingDetails[id]);
  const loadDetail = useAppStore((s) => s.loadMeetingDetail);
  const series = useAppStore((s) => s.series);
  const loadSeries = useAppStore((s) => s.loadSeries);
  const longDate = useLongDate();
  const [error, setError] = useState<string | null>(null);
  const [nextOpen, setNextOpen] = useState(false);
  const tabParam = params.get('tab') ?? MEETING_TABS[0]?.value ?? 'persiapan';
  const hasSeries = (meeting?.seriesId ?? null) !== null && series.some((s) => s.id === meeting?.seriesId);
  useMeetingPalette({
    current: tabParam,
    goTo: (tab) => setParams({ tab }, { replace: true }),
    nextMeeting: hasSeries ? () => setNextOpen(true) : null,
  });

  useEffect(() => {
    setError(null);
    void loadDetail(id).then((result) => setError(result.ok ? null : result.error.message));
  }, [id, loadDetail]);

  const seriesId = meeting?.seriesId ?? null;
  useEffect(() => {
    if (seriesId !== null) void loadSeries();
  }, [seriesId, loadSeries]);

  const back = (
    <Anchor component={Link} to={ROUTES.meetings} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        {t('back')}
      </Group>
    </Anchor>
  );

  if (error !== null && !meeting) {
    return (
      <Stack gap="md">
        {back}
        <LoadError
          title={t('loadError')}
          message={error}
          onRetry={() => void loadDetail(id).then((r) => setError(r.ok ? null : r.error.message))}
        />
      </Stack>
    );
  }
  if (!meeting) return <Loader role="status" aria-label={t('common:loading')} />;

  const current = params.get('tab') ?? MEETING_TABS[0]?.value ?? 'persiapan';
  const ownSeries = series.find((s) => s.id === meeting.seriesId) ?? null;
  // On the live tab the height is for typing: the header, the approval bar and the tabs share few lines.
  const live = current === 'berlangsung';
  const returned = meeting.status === 'DIKEMBALIKAN';
  const nextButton = ownSeries && (
    <Button
      variant="light"
      leftSection={<IconCalendarRepeat size={16} aria-hidden />}
      onClick={() => setNextOpen(true)}
      style={{ flexShrink: 0 }}
    >
      {t('series:list.nextMeeting')}
    </Button>
  );

  return (
    <Stack gap={live ? 'xs' : 'md'}>
      {live ? (
        <>
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
              <Tooltip label={t('back')}>
                <ActionIcon component={Link} to={ROUTES.meetings} variant="subtle" aria-label={t('back')}>
                  <IconArrowLeft size={18} aria-hidden />
                </ActionIcon>
              </Tooltip>
              <Title order={2} size="h4" lineClamp={1} title={meeting.title}>
                {meeting.title}
              </Title>
              <MeetingStatusBadge status={meeting.status} />
            </Group>
            <Group gap="xs" wrap="nowrap">
              {!returned && <ApprovalBar meeting={meeting} compact />}
              {nextButton}
            </Group>
          </Group>
          {/* Returned: the chair's notes are what she works from, so the full bar with them stays. */}
          {returned && <ApprovalBar meeting={meeting} />}
        </>
      ) : (
        <>
          {back}
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <div style={{ minWidth: 0 }}>
              <Title order={2}>{meeting.title}</Title>
              <Group gap="xs" mt={4}>
                <Text c="dimmed">
                  {longDate(meeting.date)}
                  {meeting.place ? ` · ${meeting.place}` : ''}
                </Text>
                <MeetingStatusBadge status={meeting.status} />
                {meeting.seriesTitle && (
                  <Badge variant="outline" tt="none" leftSection={<IconCalendarRepeat size={12} aria-hidden />}>
                    {t('seriesBadge', { title: meeting.seriesTitle })}
                  </Badge>
                )}
              </Group>
            </div>
            {nextButton}
          </Group>
          <ApprovalBar meeting={meeting} />
        </>
      )}
      <Tabs
        value={current}
        onChange={(value) => value && setParams({ tab: value }, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('tabsLabel')}>
          {MEETING_TABS.map((tab) => (
            <Tabs.Tab key={tab.value} value={tab.value}>
              {t(`tabs.${tab.tab}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {MEETING_TABS.map(({ value, Component, readOnlyWhenApproved }) => (
          <Tabs.Panel key={value} value={value} pt={live ? 'xs' : 'md'}>
            <ReadOnlyWhen locked={readOnlyWhenApproved === true && isContentLocked(meeting.status)}>
              <Suspense fallback={<Loader role="status" aria-label={t('common:loading')} m="md" />}>
                <Component meeting={meeting} />
              </Suspense>
            </ReadOnlyWhen>
          </Tabs.Panel>
        ))}
      </Tabs>
      {ownSeries && <NextMeetingModal series={ownSeries} opened={nextOpen} onClose={() => setNextOpen(false)} />}
    </Stack>
  );
}
