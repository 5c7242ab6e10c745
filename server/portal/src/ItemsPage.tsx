import { Paper, SegmentedControl, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import type { PortalItem } from '../../../shared/domain/portalItems';
import { api, type Account } from './api';
import { ItemCard } from './ItemCard';
import { PortalPage } from './PortalPage';
import { ReportModal } from './ReportModal';
import { useServerList } from './useServerList';

type Props = { account: Account; onLogout: () => void; onSessionEnded: () => void };

export function ItemsPage({ account, onLogout, onSessionEnded }: Props) {
  const [filter, setFilter] = useState<'open' | 'all'>('open');
  const [reporting, setReporting] = useState<PortalItem | null>(null);
  const [sent, setSent] = useState<string | null>(null);

  const fetchItems = useCallback(() => api.items(filter).then((reply) => reply.items), [filter]);
  const list = useServerList(fetchItems, 'Daftar tidak dapat dimuat.', onSessionEnded);
  const items = list.data;

  const late = items?.filter((item) => item.late).length ?? 0;

  return (
    <>
      <PortalPage
        account={account}
        section="Portal Tindak Lanjut OPD"
        onLogout={onLogout}
        width="md"
        title={`Tindak lanjut ${account.display_name}`}
        summary={
          items === null
            ? 'Memuat…'
            : filter === 'open'
              ? `${items.length} butir terbuka${late > 0 ? `, ${late} terlambat` : ''}`
              : `${items.length} butir`
        }
        action={
          <SegmentedControl
            aria-label="Tampilkan"
            value={filter}
            onChange={(value) => setFilter(value as 'open' | 'all')}
            data={[
              { value: 'open', label: 'Terbuka' },
              { value: 'all', label: 'Semua' },
            ]}
          />
        }
        notice={sent === null ? null : { title: 'Laporan terkirim', text: sent }}
        onDismissNotice={() => setSent(null)}
        list={list}
        errorTitle="Daftar tidak dapat dimuat"
      >
        {items !== null && items.length === 0 && (
          <Paper withBorder p="xl" radius="md">
            <Text ta="center" c="dimmed">
              {filter === 'open'
                ? 'Tidak ada butir tindak lanjut yang terbuka untuk OPD Anda.'
                : 'Belum ada butir tindak lanjut untuk OPD Anda.'}
            </Text>
          </Paper>
        )}
        {items?.map((item) => (
          <ItemCard key={item.owner_id} item={item} onReport={setReporting} />
        ))}
      </PortalPage>
      {reporting && (
        <ReportModal
          item={reporting}
          onClose={() => setReporting(null)}
          onSent={() => {
            setSent('Sekretariat akan melihatnya di aplikasi Risalah pada sinkronisasi berikutnya.');
            setReporting(null);
            list.reload();
          }}
        />
      )}
    </>
  );
}
