import { Alert, Badge, Group, Text } from '@mantine/core';
import { IconUserPlus, IconUsersPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceStatus } from '../../../../shared/domain/attendance';
import type { Attendee, Representative } from '../../../../shared/domain/attendee';
import type { MeetingId, PersonId, UnitId } from '../../../../shared/domain/ids';
import { RowsTable } from '../../components/kit/RowsTable';
import { DialogButtons } from '../../components/kit/DialogButtons';
import { PanelCard } from '../../components/kit/PanelCard';
import { showUndoToast } from '../../components/kit/undoToast';
import { useAppStore } from '../../store';
import { AttendanceRow } from './AttendanceRow';
import { BulkAttendanceActions } from './BulkAttendanceActions';
import { GuestModal } from './GuestModal';
import { InviteModal } from './InviteModal';
import { useAttendanceSummary } from './useAttendanceSummary';
import type { MasterDataOptions } from '../../components/useMasterDataOptions';
import { useMeetingLocked } from '../approval';

/** Invitations and attendance with running totals, as the Daftar Hadir will print them. */
export function AttendancePanel({
  meetingId,
  options,
}: Readonly<{ meetingId: MeetingId; options: MasterDataOptions }>) {
  const { t } = useTranslation(['meeting', 'common']);
  const locked = useMeetingLocked();
  const list = useAppStore((s) => s.attendanceByMeeting[meetingId]);
  const setStatus = useAppStore((s) => s.setAttendanceStatus);
  const setArrival = useAppStore((s) => s.setArrivalTime);
  const remove = useAppStore((s) => s.removeAttendee);
  const invite = useAppStore((s) => s.inviteAttendees);
  const addGuest = useAppStore((s) => s.addGuest);
  const summary = useAttendanceSummary();
  const [dialog, setDialog] = useState<'invite' | 'guest' | null>(null);
  const [error, setError] = useState<string | null>(null);

  const attendees = list?.attendees ?? [];
  const totals = list?.totals;

  async function changeStatus(attendee: Attendee, status: AttendanceStatus, representative: Representative | null) {
    const result = await setStatus({ id: attendee.id, status, representative, note: attendee.note });
    setError(result.ok ? null : result.error.message);
    return result.ok ? null : result.error.message;
  }

  async function changeArrival(attendee: Attendee, arrivalTime: string | null) {
    const result = await setArrival({ id: attendee.id, arrivalTime });
    setError(result.ok ? null : result.error.message);
  }

  /** Undo puts the row back at the end of the list, with the status it had. */
  async function undoRemove(attendee: Attendee) {
    const restored =
      attendee.kind === 'GUEST'
        ? await addGuest({
            meetingId,
            name: attendee.name,
            position: attendee.position,
            agency: attendee.agency,
            status: attendee.status,
          })
        : await invite({
            meetingId,
            unitIds: attendee.kind === 'UNIT' && attendee.unitId ? [attendee.unitId as UnitId] : [],
            personIds: attendee.kind === 'PERSON' && attendee.personId ? [attendee.personId as PersonId] : [],
          });
    if (!restored.ok) return setError(restored.error.message);
    const row = restored.value.attendees.at(-1);
    if (attendee.kind !== 'GUEST' && row && attendee.status !== 'DIUNDANG') {
      await setStatus({
        id: row.id,
        status: attendee.status,
        representative: attendee.representative,
        note: attendee.note,
      });
    }
  }

  async function removeRow(attendee: Attendee) {
    const result = await remove({ id: attendee.id });
    if (!result.ok) return setError(result.error.message);
    const name = attendee.name || attendee.agency;
    showUndoToast({
      id: `attendee-removed-${attendee.id}`,
      message: t('attendance.removed', { name }),
      undoLabel: t('common:actions.undo'),
      onUndo: () => void undoRemove(attendee),
    });
  }

  const summaryText = totals ? summary(totals) : null;

  return (
    <PanelCard
      id="attendance-title"
      title={t('attendance.title')}
      summary={
        <>
          <Text size="sm" fw={500} aria-live="polite" data-testid="attendance-summary">
            {summaryText ?? t('attendance.summaryNone')}
          </Text>
          {totals && (
            <Group gap={6} mt={4}>
              <Badge variant="light" color="gray" tt="none">
                {t('attendance.invitedCount', { count: totals.invited })}
              </Badge>
              {totals.byStatus.DIUNDANG > 0 && (
                <Badge variant="light" color="yellow" tt="none">
                  {t('attendance.pending', { count: totals.byStatus.DIUNDANG })}
                </Badge>
              )}
            </Group>
          )}
        </>
      }
      actions={
        !locked && (
          <Group gap="xs">
            <DialogButtons
              buttons={[
                { dialog: 'invite', label: t('attendance.invite'), icon: IconUsersPlus },
                { dialog: 'guest', label: t('attendance.addGuest'), icon: IconUserPlus, variant: 'default' },
              ]}
              onOpen={setDialog}
            />
            <BulkAttendanceActions meetingId={meetingId} pending={totals?.byStatus.DIUNDANG ?? 0} onError={setError} />
          </Group>
        )
      }
    >
      {error && (
        <Alert
          color="red"
          role="alert"
          mb="sm"
          withCloseButton
          onClose={() => setError(null)}
          closeButtonLabel={t('common:actions.close')}
        >
          {error}
        </Alert>
      )}
      <RowsTable
        labelledBy="attendance-title"
        columns={[
          { header: t('attendance.number') },
          { header: t('attendance.person') },
          { header: t('attendance.agency') },
          { header: t('attendance.status') },
          { header: t('attendance.arrival') },
          { header: t('attendance.actions'), hideHeader: true },
        ]}
        rows={attendees}
        empty={t('attendance.empty')}
        row={(attendee) => (
          <AttendanceRow
            key={attendee.id}
            attendee={attendee}
            onStatus={changeStatus}
            onArrival={(a, time) => void changeArrival(a, time)}
            onRemove={(a) => void removeRow(a)}
          />
        )}
      />
      <InviteModal
        meetingId={meetingId}
        options={options}
        opened={dialog === 'invite'}
        onClose={() => setDialog(null)}
      />
      <GuestModal meetingId={meetingId} opened={dialog === 'guest'} onClose={() => setDialog(null)} />
    </PanelCard>
  );
}
