import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Button } from '@mantine/core';
import type { MeetingSummary } from '../../../../shared/domain/meeting';
import { useAppStore } from '../../store';

/** Delete at once, with "Batalkan" in the toast instead of a confirmation dialog. */
export function useDeleteMeeting(): (meeting: MeetingSummary) => Promise<void> {
  const { t } = useTranslation(['meetings', 'common']);
  const deleteMeeting = useAppStore((s) => s.deleteMeeting);
  const restoreMeeting = useAppStore((s) => s.restoreMeeting);

  return async (meeting) => {
    const result = await deleteMeeting(meeting.id);
    if (!result.ok) {
      notifications.show({ color: 'red', message: result.error.message });
      return;
    }
    const toastId = `deleted-${meeting.id}`;
    const undo = async () => {
      notifications.hide(toastId);
      const restored = await restoreMeeting(meeting.id);
      notifications.show(
        restored.ok
          ? { color: 'green', message: t('restored', { title: meeting.title }) }
          : { color: 'red', message: restored.error.message },
      );
    };
    notifications.show({
      id: toastId,
      autoClose: 8000,
      message: (
        <span>
          {t('deleted', { title: meeting.title })}{' '}
          <Button size="compact-xs" variant="light" onClick={() => void undo()}>
            {t('common:actions.undo')}
          </Button>
        </span>
      ),
    });
  };
}
