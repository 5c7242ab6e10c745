import { Anchor, Badge, Button, Collapse, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { OwnerStatus } from '../../../shared/domain/commitment';
import type { PortalEvidence, PortalItem, PortalUpdate } from '../../../shared/domain/portalItems';
import { api } from './api';
import { dateText, sizeText, STATUS_COLORS, statusLabel } from './labels';

function EvidenceLinks({ evidence }: { evidence: PortalEvidence[] }) {
  const files = evidence.filter((item) => item.sha256);
  if (files.length === 0) return null;
  return (
    <Group gap="xs" mt={4}>
      <Text size="sm" c="dimmed">
        Bukti:
      </Text>
      {files.map((file) => (
        <Anchor
          key={file.sha256}
          size="sm"
          component="button"
          type="button"
          onClick={() => void api.download(file.sha256!, file.name ?? 'bukti').catch(() => undefined)}
        >
          {file.name ?? 'berkas'} {file.size !== undefined && `(${sizeText(file.size)})`}
        </Anchor>
      ))}
    </Group>
  );
}

function UpdateLine({ update }: { update: PortalUpdate }) {
  return (
    <div>
      <Text size="sm">
        <Text span fw={600}>
          {dateText(update.reported_on)}
        </Text>{' '}
        · {statusLabel(update.status)}
        {update.percent !== null && ` · ${update.percent}%`}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {update.progress_text}
      </Text>
      <EvidenceLinks evidence={update.evidence} />
    </div>
  );
}

export function ItemCard({ item, onReport }: { item: PortalItem; onReport: (item: PortalItem) => void }) {
  const [history, setHistory] = useState(false);
  const [latest, ...older] = item.updates;
  const closed = item.status === 'SELESAI' || item.status === 'TIDAK_DAPAT';
  return (
    <Paper withBorder radius="md" p="md" component="article" aria-label={item.text}>
      <Stack gap="xs">
        <Group gap="xs">
          <Badge variant="light" color={STATUS_COLORS[item.status as OwnerStatus] ?? 'gray'} maw="none">
            {statusLabel(item.status)}
          </Badge>
          {item.late && (
            <Badge variant="filled" color="red">
              Terlambat
            </Badge>
          )}
        </Group>
        <Text fw={600} size="md">
          {item.text}
        </Text>
        <Group gap="xs" style={{ columnGap: 'var(--mantine-spacing-xl)' }}>
          <Text size="sm" c={item.late ? 'red' : undefined}>
            <Text span c="dimmed">
              Batas waktu:{' '}
            </Text>
            {item.due_date ? dateText(item.due_date) : 'tanpa batas waktu'}
          </Text>
          <Text size="sm">
            <Text span c="dimmed">
              Rapat:{' '}
            </Text>
            {item.meeting.title}, {dateText(item.meeting.date)}
          </Text>
        </Group>
        {latest ? (
          <Paper bg="gray.0" p="sm" radius="sm">
            <Text size="xs" c="dimmed" fw={600} tt="uppercase" mb={4}>
              Perkembangan terakhir
            </Text>
            <UpdateLine update={latest} />
            {older.length > 0 && (
              <>
                <Anchor component="button" type="button" size="sm" mt="xs" onClick={() => setHistory((open) => !open)}>
                  {history ? 'Sembunyikan riwayat' : `Lihat riwayat (${older.length} laporan sebelumnya)`}
                </Anchor>
                <Collapse expanded={history}>
                  <Stack gap="sm" mt="sm">
                    {older.map((update) => (
                      <UpdateLine key={update.id} update={update} />
                    ))}
                  </Stack>
                </Collapse>
              </>
            )}
          </Paper>
        ) : (
          <Text size="sm" c="dimmed">
            Belum ada laporan perkembangan.
          </Text>
        )}
        {!closed && (
          <Group justify="flex-end">
            <Button variant="light" onClick={() => onReport(item)}>
              Laporkan perkembangan
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
