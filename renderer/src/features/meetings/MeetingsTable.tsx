import { Anchor } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { isContentLocked, type MeetingSummary } from '../../../../shared/domain/meeting';
import { meetingPath } from '../../app/routes';
import { DataTable } from '../../components/kit/DataTable';
import { RowMenu } from '../../components/kit/RowMenu';
import { MeetingStatusBadge } from '../../components/MeetingStatusBadge';
import { useLongDate } from '../../lib/useLongDate';

type Props = Readonly<{
  meetings: ReadonlyArray<MeetingSummary>;
  onRename: (meeting: MeetingSummary) => void;
  onDelete: (meeting: MeetingSummary) => void;
}>;

export function MeetingsTable({ meetings, onRename, onDelete }: Props) {
  const { t } = useTranslation(['meetings', 'common']);
  const longDate = useLongDate();
  return (
    <DataTable
      striped
      highlightOnHover
      verticalSpacing="sm"
      aria-label={t('title')}
      rows={meetings}
      rowKey={(meeting) => meeting.id}
      columns={[
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
        {
          header: t('columns.actions'),
          hideHeader: true,
          w: 60,
          cell: (meeting) => (
            <RowMenu
              label={t('rowActions', { title: meeting.title })}
              items={[
                {
                  label: t('common:actions.rename'),
                  icon: <IconPencil size={16} aria-hidden />,
                  onClick: () => onRename(meeting),
                  disabled: isContentLocked(meeting.status),
                },
                {
                  label: t('common:actions.delete'),
                  icon: <IconTrash size={16} aria-hidden />,
                  onClick: () => onDelete(meeting),
                  danger: true,
                  // Diajukan locks the content like Disahkan: main would refuse it (LOCKED).
                  disabled: isContentLocked(meeting.status),
                },
              ]}
            />
          ),
        },
      ]}
    />
  );
}
