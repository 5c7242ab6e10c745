import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { isContentLocked, type MeetingSummary } from '../../../../shared/domain/meeting';
import { meetingPath } from '../../app/routes';
import type { Column } from '../../components/kit/DataTable';
import { deleteItem, editItem, rowMenuColumn } from '../../components/kit/rowMenuColumn';
import { MeetingStatusBadge } from '../../components/MeetingStatusBadge';
import { useLongDate } from '../../lib/useLongDate';

type Actions = Readonly<{
  onRename: (meeting: MeetingSummary) => void;
  onDelete: (meeting: MeetingSummary) => void;
}>;

/** The columns of Daftar Rapat: title (to the meeting), date, place, status, and Ubah nama/Hapus. */
export function useMeetingColumns({ onRename, onDelete }: Actions): ReadonlyArray<Column<MeetingSummary>> {
  const { t } = useTranslation(['meetings', 'common']);
  const longDate = useLongDate();
  return [
    {
      header: t('columns.title'),
      cell: (meeting) => (
        <Anchor component={Link} to={meetingPath(meeting.id)} fw={500} c="inherit">
          {meeting.title}
        </Anchor>
      ),
    },
    { header: t('columns.date'), cell: (meeting) => longDate(meeting.date) },
    { header: t('columns.place'), cell: (meeting) => meeting.place || t('noPlace') },
    { header: t('columns.status'), cell: (meeting) => <MeetingStatusBadge status={meeting.status} /> },
    rowMenuColumn<MeetingSummary>(t('columns.actions'), (meeting) => {
      // Diajukan locks the content like Disahkan: main would refuse both (LOCKED).
      const locked = isContentLocked(meeting.status);
      return {
        label: t('rowActions', { title: meeting.title }),
        items: [
          editItem(t('common:actions.rename'), () => onRename(meeting), locked),
          deleteItem(t('common:actions.delete'), () => onDelete(meeting), locked),
        ],
      };
    }),
  ];
}
