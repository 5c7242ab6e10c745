import { ActionIcon, Anchor, Select, Table, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '../../../../shared/domain/attendance';
import type { Attendee, Representative } from '../../../../shared/domain/attendee';
import { formatNip } from '../../../../shared/domain/nip';
import { hasDraft } from '../../lib/formDrafts';
import { ClockInput, normalizeClock } from '../../components/ClockInput';
import { RepresentativeFields } from './RepresentativeFields';
import { useMeetingLocked } from '../approval';

type Props = Readonly<{
  attendee: Attendee;
  onStatus: (
    attendee: Attendee,
    status: AttendanceStatus,
    representative: Representative | null,
  ) => Promise<string | null>;
  onArrival: (attendee: Attendee, time: string | null) => void;
  onRemove: (attendee: Attendee) => void;
}>;

/** Guests are never "Diwakili"; "Tidak Hadir" is the generic absence kept for guests. */
function statusesFor(attendee: Attendee): ReadonlyArray<AttendanceStatus> {
  return ATTENDANCE_STATUSES.filter((status) =>
    attendee.kind === 'GUEST' ? status !== 'DIWAKILI' : status !== 'TIDAK_HADIR',
  );
}

export function AttendanceRow({ attendee, onStatus, onArrival, onRemove }: Props) {
  const { t } = useTranslation('meeting');
  const locked = useMeetingLocked();
  // A representative half typed before a tab switch or reload opens again with her draft.
  const [editingRep, setEditingRep] = useState(() => hasDraft(`representative:${attendee.id}`));
  const [arrival, setArrival] = useState(attendee.arrivalTime ?? '');
  const shownName = attendee.name || t('attendance.headUnknown');

  // The row's own arrival field follows main's answer (a status change may clear it).
  const [seenArrival, setSeenArrival] = useState(attendee.arrivalTime);
  if (seenArrival !== attendee.arrivalTime) {
    setSeenArrival(attendee.arrivalTime);
    setArrival(attendee.arrivalTime ?? '');
  }

  function pickStatus(value: string | null) {
    if (value === null || value === attendee.status) return;
    // Diwakili needs the representative first; main refuses it without one.
    if (value === 'DIWAKILI') {
      setEditingRep(true);
      return;
    }
    setEditingRep(false);
    void onStatus(attendee, value as AttendanceStatus, null);
  }

  function commitArrival(typed: string) {
    const clock = normalizeClock(typed);
    const next = clock === '' ? null : clock;
    if (next !== attendee.arrivalTime) onArrival(attendee, next);
  }

  return (
    <>
      <Table.Tr>
        <Table.Td w={44}>{attendee.order}</Table.Td>
        <Table.Td>
          <Text size="sm" fw={500} c={attendee.name ? undefined : 'dimmed'} fs={attendee.name ? undefined : 'italic'}>
            {shownName}
          </Text>
          {attendee.position && (
            <Text size="xs" c="dimmed">
              {attendee.position}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {attendee.nip
              ? `NIP. ${formatNip(attendee.nip)}`
              : attendee.kind === 'GUEST'
                ? `${t('attendance.guest')}, ${t('attendance.noNip')}`
                : ''}
          </Text>
          {attendee.representative && !editingRep && (
            <Text size="xs">
              {t('attendance.representedBy', {
                name: attendee.representative.name,
                position: attendee.representative.position,
              })}
              {attendee.representative.nip ? ` (NIP. ${formatNip(attendee.representative.nip)})` : ''}{' '}
              <Anchor component="button" type="button" size="xs" onClick={() => setEditingRep(true)}>
                {t('attendance.repEdit')}
              </Anchor>
            </Text>
          )}
        </Table.Td>
        <Table.Td w={260}>
          <Text size="sm">{attendee.agency}</Text>
        </Table.Td>
        <Table.Td w={170}>
          <Select
            size="xs"
            aria-label={t('attendance.statusOf', { name: shownName })}
            data={statusesFor(attendee).map((status) => ({ value: status, label: t(`statuses.${status}`) }))}
            value={editingRep ? 'DIWAKILI' : attendee.status}
            onChange={pickStatus}
            allowDeselect={false}
          />
        </Table.Td>
        <Table.Td w={110}>
          <ClockInput
            size="xs"
            aria-label={t('attendance.arrivalOf', { name: shownName })}
            value={arrival}
            onChange={setArrival}
            onBlur={(event) => commitArrival(event.currentTarget.value)}
            disabled={attendee.status !== 'HADIR' && attendee.status !== 'DIWAKILI' && attendee.status !== 'DIUNDANG'}
          />
        </Table.Td>
        <Table.Td w={50}>
          {!locked && (
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('attendance.removeOf', { name: shownName })}
              onClick={() => onRemove(attendee)}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          )}
        </Table.Td>
      </Table.Tr>
      {editingRep && (
        <Table.Tr>
          <Table.Td />
          <Table.Td colSpan={5}>
            <RepresentativeFields
              name={shownName}
              draftName={`representative:${attendee.id}`}
              initial={attendee.representative}
              onCancel={() => setEditingRep(false)}
              onSave={async (representative) => {
                const message = await onStatus(attendee, 'DIWAKILI', representative);
                if (message === null) setEditingRep(false);
                return message;
              }}
            />
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
