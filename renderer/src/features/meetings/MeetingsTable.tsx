import { ActionIcon, Anchor, Menu, Table, VisuallyHidden } from '@mantine/core';
import { IconDots, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { isContentLocked, type MeetingSummary } from '../../../../shared/domain/meeting';
import { meetingPath } from '../../app/routes';
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
    <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('columns.title')}</Table.Th>
          <Table.Th>{t('columns.date')}</Table.Th>
          <Table.Th>{t('columns.place')}</Table.Th>
          <Table.Th>{t('columns.status')}</Table.Th>
          <Table.Th w={60}>
            <VisuallyHidden>{t('columns.actions')}</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {meetings.map((meeting) => (
          <Table.Tr key={meeting.id}>
            <Table.Td>
              <Anchor component={Link} to={meetingPath(meeting.id)} fw={500} c="inherit">
                {meeting.title}
              </Anchor>
            </Table.Td>
            <Table.Td>{longDate(meeting.date)}</Table.Td>
            <Table.Td>{meeting.place || t('noPlace')}</Table.Td>
            <Table.Td>
              <MeetingStatusBadge status={meeting.status} />
            </Table.Td>
            <Table.Td>
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <ActionIcon variant="subtle" color="gray" aria-label={t('rowActions', { title: meeting.title })}>
                    <IconDots size={18} aria-hidden />
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item
                    leftSection={<IconPencil size={16} aria-hidden />}
                    onClick={() => onRename(meeting)}
                    disabled={isContentLocked(meeting.status)}
                  >
                    {t('common:actions.rename')}
                  </Menu.Item>
                  <Menu.Item
                    color="red"
                    leftSection={<IconTrash size={16} aria-hidden />}
                    onClick={() => onDelete(meeting)}
                    // Diajukan locks the content like Disahkan: main would refuse it (LOCKED).
                    disabled={isContentLocked(meeting.status)}
                  >
                    {t('common:actions.delete')}
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
