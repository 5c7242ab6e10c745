import { Badge, Code, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VersionInfo } from '../../../../shared/domain/approval';
import { MeetingStatusBadge } from '../../components/MeetingStatusBadge';
import { useLongDate } from '../../lib/useLongDate';
import { clockText } from './approvalFormat';

/** Every version of the minutes: how it was opened and, once approved, its record and code. */
export function VersionsTable({ versions }: Readonly<{ versions: ReadonlyArray<VersionInfo> }>) {
  const { t, i18n } = useTranslation('approval');
  const longDate = useLongDate();
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped withTableBorder verticalSpacing="xs" aria-label={t('history.versionsTitle')}>
        <Table.Thead>
          <Table.Tr>
            {/* Badges shrink to an ellipsis in a narrow cell: these two columns keep their width. */}
            <Table.Th w={120}>{t('history.version')}</Table.Th>
            <Table.Th w={120}>{t('history.status')}</Table.Th>
            <Table.Th>{t('history.approvedOn')}</Table.Th>
            <Table.Th>{t('history.approvedBy')}</Table.Th>
            <Table.Th>{t('history.code')}</Table.Th>
            <Table.Th>{t('history.exports')}</Table.Th>
            <Table.Th>{t('history.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...versions].reverse().map((version) => (
            <Table.Tr key={version.version}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {version.version}
                </Text>
                {version.current && (
                  <Badge size="xs" variant="outline" tt="none">
                    {t('history.current')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <MeetingStatusBadge status={version.status} />
              </Table.Td>
              <Table.Td>
                {version.approved
                  ? `${longDate(version.approved.approvedOn)}${version.approved.approvedTime ? ` ${clockText(version.approved.approvedTime, i18n.language)}` : ''}`
                  : t('history.notApproved')}
              </Table.Td>
              <Table.Td>{version.approved?.approvedBy ?? t('history.notApproved')}</Table.Td>
              <Table.Td>
                {version.approved ? (
                  <Tooltip label={`${t('history.sha')}: ${version.approved.sha256}`} multiline w={320}>
                    <Code>{version.approved.verificationCode}</Code>
                  </Tooltip>
                ) : (
                  t('history.notApproved')
                )}
              </Table.Td>
              <Table.Td>{version.approved ? version.approved.exports : t('history.notApproved')}</Table.Td>
              <Table.Td>{version.revisionReason ?? t('history.firstVersion')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
