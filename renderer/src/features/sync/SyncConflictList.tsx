import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SyncConflictView } from '../../../../shared/domain/sync';
import { DataTable } from '../../components/kit/DataTable';
import { SectionCard } from '../../components/kit/SectionCard';
import { syncTime } from './syncFormat';

/** "Konflik terakhir": her changes another computer overwrote later, and rows the server refused. */
export function SyncConflictList({ conflicts }: Readonly<{ conflicts: ReadonlyArray<SyncConflictView> }>) {
  const { t, i18n } = useTranslation('sync');
  const describe = (row: SyncConflictView) => {
    const what = t(`entity.${row.entity}`);
    const label = row.label || '—';
    if (row.kind === 'refused') return t('conflicts.refused', { what, label, message: row.message });
    return row.message && row.message !== row.label
      ? t('conflicts.overwrittenTo', { what, label, by: row.otherBy, current: row.message })
      : t('conflicts.overwritten', { what, label, by: row.otherBy });
  };
  return (
    <SectionCard id="sync-conflicts" title={t('conflicts.title')} help={t('conflicts.help')}>
      {conflicts.length === 0 ? (
        <Text size="sm">{t('conflicts.empty')}</Text>
      ) : (
        <DataTable
          rows={conflicts}
          rowKey={(row) => String(row.id)}
          data-testid="sync-conflicts"
          columns={[
            { header: t('conflicts.when'), w: 190, cell: (row) => syncTime(row.at, i18n.language) },
            { header: t('conflicts.what'), cell: describe },
          ]}
        />
      )}
    </SectionCard>
  );
}
