import { Badge, Code, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VersionInfo } from '../../../../shared/domain/approval';
import { DataTable } from '../../components/kit/DataTable';
import { MeetingStatusBadge } from '../../components/MeetingStatusBadge';
import { useLongDate } from '../../lib/useLongDate';
import { clockText } from './approvalFormat';

/** Every version of the minutes: how it was opened and, once approved, its record and code. */
export function VersionsTable({ versions }: Readonly<{ versions: ReadonlyArray<VersionInfo> }>) {
  const { t, i18n } = useTranslation('approval');
  const longDate = useLongDate();
  const notApproved = t('history.notApproved');
  return (
    <Table.ScrollContainer minWidth={820}>
      <DataTable
        striped
        withTableBorder
        verticalSpacing="xs"
        aria-label={t('history.versionsTitle')}
        rows={[...versions].reverse()}
        rowKey={(version) => String(version.version)}
        columns={[
          // Badges shrink to an ellipsis in a narrow cell: these two columns keep their width.
          {
            header: t('history.version'),
            w: 120,
            cell: (version) => (
              <>
                <Text size="sm" fw={600}>
                  {version.version}
                </Text>
                {version.current && (
                  <Badge size="xs" variant="outline" tt="none">
                    {t('history.current')}
                  </Badge>
                )}
              </>
            ),
          },
          { header: t('history.status'), w: 120, cell: (version) => <MeetingStatusBadge status={version.status} /> },
          {
            header: t('history.approvedOn'),
            cell: ({ approved }) =>
              approved
                ? `${longDate(approved.approvedOn)}${approved.approvedTime ? ` ${clockText(approved.approvedTime, i18n.language)}` : ''}`
                : notApproved,
          },
          { header: t('history.approvedBy'), cell: ({ approved }) => approved?.approvedBy ?? notApproved },
          {
            header: t('history.code'),
            cell: ({ approved }) =>
              approved ? (
                <Tooltip label={`${t('history.sha')}: ${approved.sha256}`} multiline w={320}>
                  <Code>{approved.verificationCode}</Code>
                </Tooltip>
              ) : (
                notApproved
              ),
          },
          { header: t('history.exports'), cell: ({ approved }) => (approved ? approved.exports : notApproved) },
          { header: t('history.reason'), cell: (version) => version.revisionReason ?? t('history.firstVersion') },
        ]}
      />
    </Table.ScrollContainer>
  );
}
