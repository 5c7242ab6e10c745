import { Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatBytes, type BackupInfo } from '../../../../shared/domain/backup';
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
      <Table striped highlightOnHover aria-label={t('tableLabel')} stickyHeader>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('columns.when')}</Table.Th>
            <Table.Th>{t('columns.reason')}</Table.Th>
            <Table.Th ta="right">{t('columns.size')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {backups.map((backup) => (
            <Table.Tr key={backup.name}>
              <Table.Td>
                <Text size="sm">{when(backup)}</Text>
                <Text size="xs" c="dimmed">
                  {backup.name}
                </Text>
              </Table.Td>
              <Table.Td>{t(`reasons.${backup.reason}`)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatBytes(backup.sizeBytes, i18n.language === 'en' ? 'en' : 'id')}
              </Table.Td>
              <Table.Td ta="right">
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconRestore size={14} aria-hidden />}
                  aria-label={t('restoreAria', { when: when(backup) })}
                  onClick={() => onRestore(backup)}
                >
                  {t('restore')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
