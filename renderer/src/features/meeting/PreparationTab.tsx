import { Loader, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/LoadError';
import { useAppStore } from '../../store';
import { AgendaBuilder } from './AgendaBuilder';
import { AttendancePanel } from './AttendancePanel';
import { IdentityForm } from './IdentityForm';
import { InvitationLetterPanel } from './InvitationLetterPanel';
import type { MeetingTabProps } from '../../components/meetingTab';
import { useMasterDataOptions } from '../../components/useMasterDataOptions';
import { mountBelowFirstScreen } from '../../lib/belowFirstScreen';

/** Persiapan: identity rows, chair/secretary/notulis, agenda builder, invitations and attendance. */
export function PreparationTab({ meeting }: MeetingTabProps) {
  const { t } = useTranslation(['meeting', 'common']);
  const loadAgenda = useAppStore((s) => s.loadAgenda);
  const loadAttendance = useAppStore((s) => s.loadAttendance);
  const options = useMasterDataOptions();
  const [state, setState] = useState<{ status: 'loading' | 'ready' } | { status: 'error'; message: string }>({
    status: 'loading',
  });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    void Promise.all([loadAgenda(meeting.id), loadAttendance(meeting.id)]).then((results) => {
      if (!live) return;
      const failed = results.find((result) => !result.ok);
      if (failed && !failed.ok) return setState({ status: 'error', message: failed.error.message });
      // The agenda, a status picker and a clock per invited row, and the letter: the heaviest part of
      // the page (about 330 ms for 5 items and 15 invitations on the bench machine) and all of it
      // below the identity form, so it renders without holding back the first screen.
      mountBelowFirstScreen(() => setState({ status: 'ready' }));
    });
    return () => {
      live = false;
    };
  }, [meeting.id, loadAgenda, loadAttendance, attempt]);

  return (
    <Stack gap="md">
      <IdentityForm key={meeting.id} meeting={meeting} options={options} />
      {state.status === 'loading' && <Loader role="status" aria-label={t('common:loading')} />}
      {state.status === 'error' && (
        <LoadError
          title={t('loadError')}
          message={state.message}
          onRetry={() => {
            setState({ status: 'loading' });
            setAttempt((n) => n + 1);
          }}
        />
      )}
      {state.status === 'ready' && (
        <>
          <AgendaBuilder meetingId={meeting.id} />
          <AttendancePanel meetingId={meeting.id} options={options} />
          <InvitationLetterPanel meeting={meeting} options={options} />
        </>
      )}
    </Stack>
  );
}
