import { Alert, Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isOverdue } from '../../../../shared/domain/followUp';
import type { CarryOverItem } from '../../../../shared/domain/followUpViews';
import type { MeetingId } from '../../../../shared/domain/ids';
import { LoadError } from '../../components/LoadError';
import { useLongDate } from '../../lib/useLongDate';
import { useDueDateText } from './useDueDateText';
import { FollowUpStatusBadge } from './FollowUpStatusBadge';
import { ProgressUpdateModal, type UpdateTarget } from './ProgressUpdateModal';
import { useCarryOverPages } from './useCarryOverPages';

type Props = Readonly<{ meetingId: MeetingId; meetingDate: string }>;

type ItemProps = Readonly<{
  item: CarryOverItem;
  number: number;
  meetingDate: string;
  live: boolean;
  onReport: () => void;
}>;

function Item({ item, number, meetingDate, live, onReport }: ItemProps) {
  const { t } = useTranslation('followUp');
  const longDate = useLongDate();
  const dueDateText = useDueDateText();
  return (
    <Paper withBorder p="xs" radius="sm" component="li" aria-label={`${number}. ${item.text} — ${item.unitName}`}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <div style={{ minWidth: 0 }}>
          <Text fw={600} size="sm">
            {number}. {item.text}
          </Text>
          <Text size="xs" c="dimmed">
            {t('table.origin', { title: item.originMeetingTitle, date: longDate(item.originMeetingDate) })}
            {' · '}
            {t('detail.due')}: {dueDateText(item.dueDate)}
          </Text>
          <Text size="sm" fw={500} mt={4}>
            {item.unitName}
          </Text>
          <Group gap="xs" mt={2} wrap="wrap">
            <Text size="xs" c="dimmed">
              {t(live ? 'carry.current' : 'carry.atMeeting')}:
            </Text>
            <FollowUpStatusBadge
              status={item.statusAtMeeting}
              overdue={isOverdue(item.dueDate, item.statusAtMeeting, meetingDate)}
              size="xs"
            />
            {item.progressAtMeeting !== '' && (
              <Text size="xs">
                {item.progressAtMeeting}
                {item.percentAtMeeting !== null ? ` (${item.percentAtMeeting}%)` : ''}
              </Text>
            )}
          </Group>
          <Group gap="xs" mt={2} wrap="wrap">
            <Text size="xs" c="dimmed">
              {t('carry.reported')}:
            </Text>
            {item.reported === null ? (
              <Text size="xs" c="dimmed">
                {t('carry.notReported')}
              </Text>
            ) : (
              <>
                <FollowUpStatusBadge status={item.reported.status} size="xs" />
                <Text size="xs">
                  {item.reported.progress}
                  {item.reported.percent !== null ? ` (${item.reported.percent}%)` : ''}
                </Text>
              </>
            )}
          </Group>
        </div>
        {live && (
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconPlus size={14} aria-hidden />}
            // A long commitment text must not squeeze the button's own label.
            style={{ flexShrink: 0 }}
            onClick={onReport}
            aria-label={t('carry.report', { unit: item.unitName })}
          >
            {t('detail.addUpdate')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}

/**
 * "Tindak lanjut hasil rapat sebelumnya" of a meeting: the open commitments of the
 * earlier meetings of its series and what each OPD reports in this meeting (saved as an
 * update reported at this meeting). Until the minutes are approved the list is live (each
 * owner's current status, read anew on every open); approval freezes it, and the pane then
 * says "status per <tanggal pengesahan>" and takes no more reports.
 * Read a page at a time with the whole list's counts (useCarryOverPages): the Notula prints
 * every row, the tab shows the first 50 and more on request, numbered as the Notula numbers them.
 * Usable in the meeting's Tindak Lanjut tab and in the live (Berlangsung) screen.
 */
export function CarryOverPanel({ meetingId, meetingDate }: Props) {
  const { t, i18n } = useTranslation('followUp');
  const longDate = useLongDate();
  const [target, setTarget] = useState<UpdateTarget | null>(null);
  const { carry, error, loadingMore, reload, loadMore, refresh } = useCarryOverPages(meetingId);
  const number = (value: number) => new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID').format(value);

  return (
    <section aria-labelledby={`carry-${meetingId}`}>
      <Title order={3} size="h5" id={`carry-${meetingId}`} mb="xs">
        {t('carry.title')}
      </Title>
      {error !== null && (
        <LoadError
          title={t('carry.loadError')}
          message={error}
          onRetry={() => void (carry === null ? reload() : refresh())}
        />
      )}
      {carry === null && error === null && <Loader role="status" size="sm" aria-label={t('carry.title')} />}
      {carry !== null && !carry.inSeries && (
        <Text size="sm" c="dimmed">
          {t('carry.notInSeries')}
        </Text>
      )}
      {carry !== null && carry.inSeries && !carry.live && carry.takenOn === null && (
        <Alert color="gray">{t('carry.noSnapshot')}</Alert>
      )}
      {carry !== null && carry.inSeries && (carry.live || carry.takenOn !== null) && (
        <Stack gap="xs">
          <Text size="xs" c="dimmed">
            {carry.takenOn === null ? t('carry.introLive') : t('carry.intro', { date: longDate(carry.takenOn) })}
          </Text>
          {carry.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('carry.empty')}
            </Text>
          ) : (
            <>
              <Group gap="xs" aria-label={t('carry.countsLabel')} role="group">
                <Badge variant="light" color="blue" size="lg" tt="none">
                  {t('carry.open', { number: number(carry.open) })}
                </Badge>
                <Badge variant="light" color={carry.late > 0 ? 'red' : 'gray'} size="lg" tt="none">
                  {t('carry.late', { number: number(carry.late) })}
                </Badge>
              </Group>
              <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {carry.items.map((item, index) => (
                  <Item
                    key={item.id}
                    item={item}
                    number={index + 1}
                    meetingDate={carry.meetingDate}
                    live={carry.live}
                    onReport={() =>
                      setTarget({
                        ownerId: item.ownerId,
                        unitName: item.unitName,
                        status: item.reported?.status ?? item.statusAtMeeting,
                      })
                    }
                  />
                ))}
              </Stack>
              {carry.next !== null && (
                <Group justify="center" gap="sm">
                  <Text size="xs" c="dimmed">
                    {t('carry.shown', { number: number(carry.items.length) })}
                  </Text>
                  <Button variant="light" size="compact-sm" onClick={() => void loadMore()} loading={loadingMore}>
                    {t('carry.more')}
                  </Button>
                </Group>
              )}
            </>
          )}
        </Stack>
      )}
      <ProgressUpdateModal
        target={target}
        defaultDate={meetingDate}
        meetingId={meetingId}
        onClose={() => setTarget(null)}
        onSaved={() => void refresh()}
      />
    </section>
  );
}
