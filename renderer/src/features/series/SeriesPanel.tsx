import { Button, Group, Text } from '@mantine/core';
import { IconCalendarPlus, IconCalendarRepeat, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Series } from '../../../../shared/domain/series';
import { EntityListPanel } from '../../components/kit/EntityListPanel';
import { IconButton } from '../../components/kit/IconButton';
import { ListIntro } from '../../components/kit/ListIntro';
import { loadedListProps } from '../../components/kit/loadedListProps';
import { useLongDate } from '../../lib/useLongDate';
import { useLoadedList } from '../../store/useLoadedList';
import { NextMeetingModal } from './NextMeetingModal';
import { SeriesFormModal } from './SeriesFormModal';

/** Data Master → Rapat Berkala: recurring meetings, their defaults, and "Rapat berikutnya". */
export function SeriesPanel() {
  const { t } = useTranslation(['series', 'common']);
  const seriesList = useLoadedList('series');
  const series = seriesList.items;
  // The series form picks a default agenda from them.
  useLoadedList('templates');
  const longDate = useLongDate();
  const [editing, setEditing] = useState<Series | 'new' | null>(null);
  const [next, setNext] = useState<Series | null>(null);

  const createButton = (
    <Button leftSection={<IconCalendarRepeat size={16} aria-hidden />} onClick={() => setEditing('new')}>
      {t('list.create')}
    </Button>
  );
  const dateOrNone = (date: string | null) => (date ? longDate(date) : t('list.none'));

  return (
    <EntityListPanel
      toolbar={<ListIntro help={t('list.help')} action={series.length > 0 && createButton} />}
      {...loadedListProps(seriesList)}
      loadErrorTitle={t('list.loadError')}
      empty={{
        icon: IconCalendarRepeat,
        title: t('list.empty'),
        body: t('list.help'),
        action: createButton,
      }}
      table={{
        label: t('list.title'),
        spacing: 'sm',
        columns: [
          { header: t('list.name'), cell: (item) => <Text fw={500}>{item.title}</Text> },
          { header: t('list.cadence'), cell: (item) => t('list.cadenceValue', { count: item.cadenceMonths }) },
          { header: t('list.template'), cell: (item) => item.templateName ?? t('list.noTemplate') },
          { header: t('list.last'), cell: (item) => dateOrNone(item.lastMeetingDate) },
          { header: t('list.next'), cell: (item) => dateOrNone(item.suggestedNextDate) },
          {
            header: t('list.actions'),
            hideHeader: true,
            w: 100,
            cell: (item) => (
              <Group gap={4} wrap="nowrap">
                <IconButton
                  tooltip
                  iconSize={18}
                  label={t('list.nextMeetingOf', { title: item.title })}
                  icon={IconCalendarPlus}
                  onClick={() => setNext(item)}
                />
                <IconButton
                  tooltip
                  iconSize={18}
                  label={t('list.edit', { title: item.title })}
                  icon={IconPencil}
                  color="gray"
                  onClick={() => setEditing(item)}
                />
              </Group>
            ),
          },
        ],
      }}
    >
      <SeriesFormModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        series={editing === 'new' || editing === null ? undefined : editing}
      />
      {next && <NextMeetingModal series={next} opened onClose={() => setNext(null)} />}
    </EntityListPanel>
  );
}
