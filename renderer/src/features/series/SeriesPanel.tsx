import { ActionIcon, Button, Group, Loader, Paper, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconCalendarPlus, IconCalendarRepeat, IconPencil } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Series } from '../../../../shared/domain/series';
import { EmptyState } from '../../components/EmptyState';
import { LoadError } from '../../components/LoadError';
import { useLongDate } from '../../lib/useLongDate';
import { useAppStore } from '../../store';
import { NextMeetingModal } from './NextMeetingModal';
import { SeriesFormModal } from './SeriesFormModal';

/** Data Master → Rapat Berkala: recurring meetings, their defaults, and "Rapat berikutnya". */
export function SeriesPanel() {
  const { t } = useTranslation(['series', 'common']);
  const series = useAppStore((s) => s.series);
  const load = useAppStore((s) => s.seriesLoad);
  const loadSeries = useAppStore((s) => s.loadSeries);
  const loadTemplates = useAppStore((s) => s.loadTemplates);
  const longDate = useLongDate();
  const [editing, setEditing] = useState<Series | 'new' | null>(null);
  const [next, setNext] = useState<Series | null>(null);

  useEffect(() => {
    void loadSeries();
    void loadTemplates();
  }, [loadSeries, loadTemplates]);

  const createButton = (
    <Button leftSection={<IconCalendarRepeat size={16} aria-hidden />} onClick={() => setEditing('new')}>
      {t('list.create')}
    </Button>
  );

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Text size="sm" c="dimmed" maw={720}>
          {t('list.help')}
        </Text>
        {series.length > 0 && createButton}
      </Group>
      {load.status === 'error' && (
        <LoadError title={t('list.loadError')} message={load.message} onRetry={() => void loadSeries()} />
      )}
      {load.status === 'loading' && series.length === 0 && <Loader role="status" aria-label={t('common:loading')} />}
      {load.status === 'ready' && series.length === 0 && (
        <EmptyState
          icon={<IconCalendarRepeat size={28} />}
          title={t('list.empty')}
          body={t('list.help')}
          action={createButton}
        />
      )}
      {series.length > 0 && (
        <Paper withBorder>
          <Table verticalSpacing="sm" aria-label={t('list.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('list.name')}</Table.Th>
                <Table.Th>{t('list.cadence')}</Table.Th>
                <Table.Th>{t('list.template')}</Table.Th>
                <Table.Th>{t('list.last')}</Table.Th>
                <Table.Th>{t('list.next')}</Table.Th>
                <Table.Th w={100}>
                  <VisuallyHidden>{t('list.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {series.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>
                    <Text fw={500}>{item.title}</Text>
                  </Table.Td>
                  <Table.Td>{t('list.cadenceValue', { count: item.cadenceMonths })}</Table.Td>
                  <Table.Td>{item.templateName ?? t('list.noTemplate')}</Table.Td>
                  <Table.Td>{item.lastMeetingDate ? longDate(item.lastMeetingDate) : t('list.none')}</Table.Td>
                  <Table.Td>{item.suggestedNextDate ? longDate(item.suggestedNextDate) : t('list.none')}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Tooltip label={t('list.nextMeetingOf', { title: item.title })}>
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('list.nextMeetingOf', { title: item.title })}
                          onClick={() => setNext(item)}
                        >
                          <IconCalendarPlus size={18} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={t('list.edit', { title: item.title })}
                        onClick={() => setEditing(item)}
                      >
                        <IconPencil size={18} aria-hidden />
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      <SeriesFormModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        series={editing === 'new' || editing === null ? undefined : editing}
      />
      {next && <NextMeetingModal series={next} opened onClose={() => setNext(null)} />}
    </Stack>
  );
}
