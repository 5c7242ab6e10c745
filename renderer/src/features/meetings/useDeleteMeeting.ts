import { useTranslation } from 'react-i18next';
import type { MeetingSummary } from '../../../../shared/domain/meeting';
import { useUndoableDelete } from '../../components/kit/undoToast';
import { useAppStore } from '../../store';

/** Delete at once, with "Batalkan" in the toast instead of a confirmation dialog. */
export function useDeleteMeeting(): (meeting: MeetingSummary) => Promise<void> {
  const { t } = useTranslation('meetings');
  const deleteMeeting = useAppStore((s) => s.deleteMeeting);
  const restoreMeeting = useAppStore((s) => s.restoreMeeting);
  const deleteWithUndo = useUndoableDelete();

  return (meeting) =>
    deleteWithUndo({
      toastId: `deleted-${meeting.id}`,
      remove: () => deleteMeeting(meeting.id),
      restore: () => restoreMeeting(meeting.id),
      deletedMessage: t('deleted', { title: meeting.title }),
      restoredMessage: t('restored', { title: meeting.title }),
    });
}
