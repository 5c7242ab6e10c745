import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '../../../../shared/domain/attendance';
import type { MeetingId } from '../../../../shared/domain/ids';
import { useAppStore } from '../../store';

type Props = Readonly<{ meetingId: MeetingId; opened: boolean; onClose: () => void }>;

export function GuestModal({ meetingId, opened, onClose }: Props) {
  const { t } = useTranslation('meeting');
  return (
    <Modal opened={opened} onClose={onClose} title={t('attendance.guestTitle')} centered>
      {opened && <GuestForm meetingId={meetingId} onDone={onClose} />}
    </Modal>
  );
}

function GuestForm({ meetingId, onDone }: Readonly<{ meetingId: MeetingId; onDone: () => void }>) {
  const { t } = useTranslation(['meeting', 'common']);
  const addGuest = useAppStore((s) => s.addGuest);
  const [name, setName] = useState('');
  const [position, setPosition] = useState('');
  const [agency, setAgency] = useState('');
  const [status, setStatus] = useState<AttendanceStatus>('HADIR');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await addGuest({ meetingId, name, position, agency, status });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    notifications.show({ color: 'green', message: t('attendance.guestAdded', { name: name.trim() }) });
    onDone();
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('attendance.guestHelp')}
        </Text>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <TextInput label={t('attendance.guestName')} value={name} onChange={(e) => setName(e.currentTarget.value)} required data-autofocus />
        <TextInput label={t('attendance.guestPosition')} value={position} onChange={(e) => setPosition(e.currentTarget.value)} />
        <TextInput label={t('attendance.guestAgency')} value={agency} onChange={(e) => setAgency(e.currentTarget.value)} />
        <Select
          label={t('attendance.guestStatus')}
          data={ATTENDANCE_STATUSES.filter((s) => s !== 'DIWAKILI').map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
          value={status}
          onChange={(value) => value && setStatus(value as AttendanceStatus)}
          allowDeselect={false}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('attendance.addGuest')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
