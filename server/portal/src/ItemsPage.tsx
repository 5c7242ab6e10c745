import {
  Alert,
  Button,
  Center,
  Container,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError, type Account, type Item } from './api';
import { ItemCard } from './ItemCard';
import { ReportModal } from './ReportModal';

type Props = { account: Account; onLogout: () => void; onSessionEnded: () => void };

export function ItemsPage({ account, onLogout, onSessionEnded }: Props) {
  const [filter, setFilter] = useState<'open' | 'all'>('open');
  const [items, setItems] = useState<Item[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reporting, setReporting] = useState<Item | null>(null);
  const [sent, setSent] = useState<string | null>(null);

  const load = useCallback(() => {
    setError(null);
    api
      .items(filter)
      .then((reply) => setItems(reply.items))
      .catch((caught: unknown) => {
        if (caught instanceof ApiError && caught.status === 401) onSessionEnded();
        else setError(caught instanceof ApiError ? caught.message : 'Daftar tidak dapat dimuat.');
      });
  }, [filter, onSessionEnded]);

  useEffect(load, [load]);

  const late = items?.filter((item) => item.late).length ?? 0;

  return (
    <>
      <Paper component="header" radius={0} bg="pemda.8" c="white" px="lg" py="sm">
        <Group justify="space-between">
          <Group gap="xs">
            <Text fw={700}>Risalah</Text>
            <Text opacity={0.85}>Portal Tindak Lanjut OPD</Text>
          </Group>
          <Group gap="sm">
            <Text size="sm">{account.display_name}</Text>
            <Button variant="white" size="xs" onClick={onLogout}>
              Keluar
            </Button>
          </Group>
        </Group>
      </Paper>
      <Container size="md" py="lg" component="main">
        <Stack gap="md">
          <Group justify="space-between" align="flex-end">
            <div>
              <Title order={1} size="h2">
                Tindak lanjut {account.display_name}
              </Title>
              <Text c="dimmed" size="sm">
                {items === null
                  ? 'Memuat…'
                  : filter === 'open'
                    ? `${items.length} butir terbuka${late > 0 ? `, ${late} terlambat` : ''}`
                    : `${items.length} butir`}
              </Text>
            </div>
            <SegmentedControl
              aria-label="Tampilkan"
              value={filter}
              onChange={(value) => setFilter(value as 'open' | 'all')}
              data={[
                { value: 'open', label: 'Terbuka' },
                { value: 'all', label: 'Semua' },
              ]}
            />
          </Group>
          {sent && (
            <Alert
              color="green"
              role="status"
              withCloseButton
              closeButtonLabel="Tutup"
              onClose={() => setSent(null)}
              title="Laporan terkirim"
            >
              {sent}
            </Alert>
          )}
          {error && (
            <Alert color="red" role="alert" title="Daftar tidak dapat dimuat">
              <Stack gap="xs" align="flex-start">
                {error}
                <Button size="xs" variant="light" color="red" onClick={load}>
                  Coba lagi
                </Button>
              </Stack>
            </Alert>
          )}
          {items === null && !error && (
            <Center py="xl">
              <Loader aria-label="Memuat" />
            </Center>
          )}
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
        </Stack>
      </Container>
      {reporting && (
        <ReportModal
          item={reporting}
          onClose={() => setReporting(null)}
          onSent={() => {
            setSent('Sekretariat akan melihatnya di aplikasi Risalah pada sinkronisasi berikutnya.');
            setReporting(null);
            load();
          }}
        />
      )}
    </>
  );
}
