import { Button, Table, Text } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatBytes, type BackupInfo } from '../../../../shared/domain/backup';
import { DataTable } from '../../components/kit/DataTable';
import { useBackupWhen } from './useBackupWhen';

type Props = Readonly<{ backups: ReadonlyArray<BackupInfo>; onRestore: (backup: BackupInfo) => void }>;

/** Newest first: when, why, how big, and "Pulihkan". */
export function BackupTable({ backups, onRestore }: Props) {
  const { t, i18n } = useTranslation('backups');
  const when = useBackupWhen();
  if (backups.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('empty')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={560} mah={320}>
      <DataTable
        striped
        highlightOnHover
        aria-label={t('tableLabel')}
        stickyHeader
        rows={backups}
        rowKey={(backup) => backup.name}
        columns={[
          {
            header: t('columns.when'),
            cell: (backup) => (
              <>
                <Text size="sm">{when(backup)}</Text>
                <Text size="xs" c="dimmed">
                  {backup.name}
                </Text>
              </>
            ),
          },
          { header: t('columns.reason'), cell: (backup) => t(`reasons.${backup.reason}`) },
          {
            header: t('columns.size'),
            ta: 'right',
            cell: (backup) => (
              <span style={{ whiteSpace: 'nowrap' }}>
                {formatBytes(backup.sizeBytes, i18n.language === 'en' ? 'en' : 'id')}
              </span>
            ),
          },
          {
            header: t('columns.actions'),
            hideHeader: true,
            ta: 'right',
            cell: (backup) => (
              <Button
                size="xs"
                variant="light"
                leftSection={<IconRestore size={14} aria-hidden />}
                aria-label={t('restoreAria', { when: when(backup) })}
                onClick={() => onRestore(backup)}
              >
                {t('restore')}
              </Button>
            ),
          },
        ]}
      />
    </Table.ScrollContainer>
  );
}
