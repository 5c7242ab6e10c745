import { Loader, Stack } from '@mantine/core';
import '@mantine/tiptap/styles.css';
import './live.css';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MinutesBundle } from '../../../../shared/domain/minutes';
import { LoadError } from '../../components/LoadError';
import { loadStorageScope } from '../../lib/storageScope';
import { useAppStore } from '../../store';
import type { MeetingTabProps } from '../../components/meetingTab';
import { LiveScreen } from './LiveScreen';

const EMPTY: ReadonlyArray<never> = [];

/**
 * The "Berlangsung" tab of a meeting: loads the sections (creating the standard
 * set on first open), agenda, attendance, captures and timers, then hands over
 * to the three-pane screen. The sections are read once: from then on the
 * editors hold the text and save it themselves.
 */
export function LiveTab({ meeting }: MeetingTabProps) {
  const { t } = useTranslation('live');
  const agenda = useAppStore((s) => s.agendaByMeeting[meeting.id]) ?? EMPTY;
  const attendance = useAppStore((s) => s.attendanceByMeeting[meeting.id]);
  const [bundle, setBundle] = useState<MinutesBundle | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    setError(null);
    // Actions are fixed functions of the store: read when loading, not subscribed to.
    const { loadMinutes, loadAgenda, loadAttendance, loadCaptures, loadTimers } = useAppStore.getState();
    // The agenda first: opening the minutes aligns the sections with it. The data folder's id
    // too, before any editor reads its crash journal (keyed by it).
    const [results] = await Promise.all([
      Promise.all([
        loadAgenda(meeting.id),
        loadAttendance(meeting.id),
        loadCaptures(meeting.id),
        loadTimers(meeting.id),
      ]),
      loadStorageScope(),
    ]);
    const minutes = await loadMinutes(meeting.id);
    const failed = [minutes, ...results].find((result) => !result.ok);
    if (failed && !failed.ok) setError(failed.error.message);
    else if (minutes.ok) setBundle(minutes.value);
  }, [meeting.id]);

  useEffect(() => {
    void load();
  }, [load]);

  if (error !== null) return <LoadError title={t('loadError')} message={error} onRetry={() => void load()} />;
  if (bundle === null) {
    return (
      <Stack align="center" py="xl">
        <Loader role="status" aria-label={t('loading')} />
      </Stack>
    );
  }
  return <LiveScreen meeting={meeting} sections={bundle.sections} agenda={agenda} attendance={attendance} />;
}
