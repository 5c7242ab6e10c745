import { Badge, Checkbox, Group, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { forwardRef, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE_LABELS, countsAsPresent } from '../../../../shared/domain/attendance';
import type { Attendee, AttendanceList } from '../../../../shared/domain/attendee';
import { useAppStore } from '../../store';
import { matchesSpeaker } from './speakers';

type Props = Readonly<{
  list: AttendanceList | undefined;
  timeZone: string;
  /** Once an agenda item has run, whoever is marked present arrived late: their time is recorded. */
  started: boolean;
  locked: boolean;
}>;

/** 'HH:mm' on the wall clock of the meeting's zone, as attendance stores it. */
export function wallClockNow(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    now,
  );
}

function displayName(attendee: Attendee): string {
  return attendee.name || attendee.agency;
}

/** Ctrl+Shift+H: mark who is in the room without leaving the keyboard; late arrivals get their time. */
export const AttendanceQuickList = forwardRef<HTMLInputElement, Props>(function AttendanceQuickList(
  { list, timeZone, started, locked },
  filterRef,
) {
  const { t } = useTranslation('live');
  const setStatus = useAppStore((s) => s.setAttendanceStatus);
  const setArrival = useAppStore((s) => s.setArrivalTime);
  const [query, setQuery] = useState('');
  const attendees = useMemo(() => list?.attendees ?? [], [list]);
  const shown = useMemo(
    () =>
      attendees.filter((a) =>
        matchesSpeaker({ key: a.id, label: `${displayName(a)} ${a.position}`, hint: a.agency }, query),
      ),
    [attendees, query],
  );

  // One call each way: an arrival time marks the row Hadir, a status that is not present clears the time.
  const toggle = async (attendee: Attendee) => {
    const present = countsAsPresent(attendee.status);
    const result = present
      ? await setStatus({ id: attendee.id, status: 'DIUNDANG', representative: null, note: attendee.note })
      : started
        ? await setArrival({ id: attendee.id, arrivalTime: wallClockNow(timeZone) })
        : await setStatus({ id: attendee.id, status: 'HADIR', representative: null, note: attendee.note });
    if (!result.ok) notifications.show({ color: 'red', message: result.error.message });
    // The next arrival is someone else: the search starts empty again (issue 19).
    else setQuery('');
  };

  if (!list || attendees.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('attendance.none')}
      </Text>
    );
  return (
    <Stack gap="xs" h="100%" style={{ minHeight: 0 }}>
      <TextInput
        ref={filterRef}
        size="xs"
        label={t('attendance.filter')}
        description={t('attendance.filterHint')}
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && shown[0] && !locked) {
            event.preventDefault();
            void toggle(shown[0]);
          }
        }}
      />
      <Text size="xs" c="dimmed">
        {t('attendance.summary', { present: list.totals.present, invited: list.totals.invited })}
      </Text>
      <ScrollArea style={{ flex: 1 }} type="auto" offsetScrollbars>
        <Stack gap={4}>
          {shown.length === 0 && <Text size="sm">{t('attendance.noMatch')}</Text>}
          {shown.map((attendee) => {
            const present = countsAsPresent(attendee.status);
            return (
              <Group key={attendee.id} gap={6} wrap="nowrap" align="flex-start">
                <Checkbox
                  mt={2}
                  checked={present}
                  disabled={locked}
                  onChange={() => void toggle(attendee)}
                  aria-label={
                    present
                      ? t('attendance.unmark', { name: displayName(attendee) })
                      : t('attendance.markPresent', { name: displayName(attendee) })
                  }
                />
                <div style={{ minWidth: 0, flex: 1 }}>
                  <Text size="sm" lineClamp={1}>
                    {attendee.name || t('attendance.unit', { agency: attendee.agency })}
                  </Text>
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {attendee.position || attendee.agency}
                  </Text>
                </div>
                <Stack gap={0} align="flex-end">
                  <Badge size="xs" variant={present ? 'filled' : 'light'} color={present ? 'green' : 'gray'} tt="none">
                    {ATTENDANCE_LABELS[attendee.status].label}
                  </Badge>
                  {attendee.arrivalTime && (
                    <Text size="xs" c="dimmed">
                      {t('attendance.late', { time: attendee.arrivalTime.replace(':', '.') })}
                    </Text>
                  )}
                </Stack>
              </Group>
            );
          })}
        </Stack>
      </ScrollArea>
    </Stack>
  );
});
