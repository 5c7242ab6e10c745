import { Select, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '../../../../shared/domain/attendance';
import type { MeetingId } from '../../../../shared/domain/ids';
import { FormModal } from '../../components/kit/FormModal';
import { useAppStore } from '../../store';
import type { DialogProps } from '../../components/kit/DialogProps';

type Props = DialogProps & Readonly<{ meetingId: MeetingId }>;

const EMPTY_GUEST = { name: '', position: '', agency: '', status: 'HADIR' as AttendanceStatus };

export function GuestModal({ meetingId, ...dialog }: Props) {
  const { t } = useTranslation('meeting');
  const addGuest = useAppStore((s) => s.addGuest);
  return (
    <FormModal
      {...dialog}
      title={t('attendance.guestTitle')}
      size="md"
      draftName={`guest:new:${meetingId}`}
      initial={EMPTY_GUEST}
      onSubmit={(guest) => addGuest({ meetingId, ...guest })}
      savedMessage={(_, guest) => t('attendance.guestAdded', { name: guest.name.trim() })}
      submitLabel={t('attendance.addGuest')}
    >
      {({ bind, choice }) => (
        <>
          <Text size="sm" c="dimmed">
            {t('attendance.guestHelp')}
          </Text>
          <TextInput label={t('attendance.guestName')} {...bind('name')} required data-autofocus />
          <TextInput label={t('attendance.guestPosition')} {...bind('position')} />
          <TextInput label={t('attendance.guestAgency')} {...bind('agency')} />
          <Select
            label={t('attendance.guestStatus')}
            data={ATTENDANCE_STATUSES.filter((s) => s !== 'DIWAKILI').map((s) => ({
              value: s,
              label: t(`statuses.${s}`),
            }))}
            {...choice('status')}
          />
        </>
      )}
    </FormModal>
  );
}
