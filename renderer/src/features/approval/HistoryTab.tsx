import { Button, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../../shared/domain/history';
import { LoadError } from '../../components/LoadError';
import { SectionHeading } from '../../components/kit/SectionHeading';
import { useLongDate } from '../../lib/useLongDate';
import { useAppStore } from '../../store';
import type { MeetingTabProps } from '../../components/meetingTab';
import { instantDay } from './approvalFormat';
import { historyLine } from './historyText';
import { VersionsTable } from './VersionsTable';

const PAGE = 300;

/** Entries newest first, grouped under the day they happened. */
function byDay(entries: ReadonlyArray<HistoryEntry>): Array<[string, HistoryEntry[]]> {
  const days = new Map<string, HistoryEntry[]>();
  for (const entry of entries) {
    const day = instantDay(entry.at);
    days.set(day, [...(days.get(day) ?? []), entry]);
  }
  return [...days.entries()];
}

/** Riwayat: the versions of the minutes and the readable audit history of the meeting. */
export function HistoryTab({ meeting }: MeetingTabProps) {
  const { t, i18n } = useTranslation(['approval', 'common']);
  const longDate = useLongDate();
  const versions = useAppStore((s) => s.versionsByMeeting[meeting.id]);
  const history = useAppStore((s) => s.historyByMeeting[meeting.id]);
  const loadVersions = useAppStore((s) => s.loadVersions);
  const loadHistory = useAppStore((s) => s.loadHistory);
  const [limit, setLimit] = useState(PAGE);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  // Reloaded when the meeting changes state or version, so a step just taken shows here.
  useEffect(() => {
    void Promise.all([loadVersions(meeting.id), loadHistory(meeting.id, limit)]).then((results) => {
      const failed = results.find((result) => !result.ok);
      setError(failed && !failed.ok ? failed.error.message : null);
    });
  }, [meeting.id, meeting.status, meeting.updatedAt, limit, attempt, loadVersions, loadHistory]);

  if (error !== null)
    return <LoadError title={t('history.loadError')} message={error} onRetry={() => setAttempt((n) => n + 1)} />;
  if (!versions || !history) return <Loader role="status" aria-label={t('common:loading')} />;

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <SectionHeading title={t('history.versionsTitle')} />
        <VersionsTable versions={versions} />
      </Stack>
      <Stack gap="xs">
        <SectionHeading title={t('history.logTitle')} help={t('history.logHelp')} />
        {history.entries.length === 0 ? (
          <Text size="sm">{t('history.empty')}</Text>
        ) : (
          <Paper withBorder p="sm">
            <Stack
              gap="md"
              component="ol"
              aria-label={t('history.logTitle')}
              style={{ listStyle: 'none', margin: 0, padding: 0 }}
            >
              {byDay(history.entries).map(([day, entries]) => (
                <li key={day}>
                  <Text size="sm" fw={700} mb={4}>
                    {longDate(day)}
                  </Text>
                  <Stack gap={6} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                    {entries.map((entry) => {
                      const line = historyLine(entry, t, i18n.language);
                      return (
                        <li key={entry.seq} data-testid="history-entry">
                          <Group gap="sm" wrap="nowrap" align="flex-start">
                            <Text size="sm" c="dimmed" ff="monospace" style={{ flexShrink: 0 }}>
                              {line.time}
                            </Text>
                            <Stack gap={0} style={{ minWidth: 0 }}>
                              <Text size="sm">{line.text}</Text>
                              {line.details.map((detail, index) => (
                                <Text key={index} size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                                  {detail}
                                </Text>
                              ))}
                            </Stack>
                          </Group>
                        </li>
                      );
                    })}
                  </Stack>
                </li>
              ))}
            </Stack>
          </Paper>
        )}
        {history.total > history.entries.length && (
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t('history.shown', { shown: history.entries.length, total: history.total })}
            </Text>
            <Button variant="default" size="xs" onClick={() => setLimit((n) => n + PAGE)}>
              {t('history.showMore')}
            </Button>
          </Group>
        )}
      </Stack>
    </Stack>
  );
}
