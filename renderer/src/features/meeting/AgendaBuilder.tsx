import { Button, Group, NumberInput, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTemplate } from '@tabler/icons-react';
import { useState, type DragEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PanelCard } from '../../components/kit/PanelCard';
import { plannedTotal, type AgendaItem, type AgendaItemFields } from '../../../../shared/domain/agenda';
import type { MeetingId } from '../../../../shared/domain/ids';
import { RowsTable } from '../../components/kit/RowsTable';
import { showUndoToast } from '../../components/kit/undoToast';
import { useFormDraft } from '../../components/kit/useFormDraft';
import { useAppStore } from '../../store';
import { AgendaRow } from './AgendaRow';
import { moveItem } from './moveItem';
import { SaveTemplateModal } from './SaveTemplateModal';
import { useMeetingLocked } from '../approval';
import { ErrorAlert } from '../../components/kit/ErrorAlert';

const EMPTY: ReadonlyArray<AgendaItem> = [];
const NEW_ITEM = { title: '', presenter: '', minutes: '' };

/** The Acara: ordered items with presenter and planned minutes; reorder by drag or by buttons. */
export function AgendaBuilder({ meetingId }: Readonly<{ meetingId: MeetingId }>) {
  const { t } = useTranslation(['meeting', 'common']);
  const locked = useMeetingLocked();
  const items = useAppStore((s) => s.agendaByMeeting[meetingId] ?? EMPTY);
  const addItem = useAppStore((s) => s.addAgendaItem);
  const updateItem = useAppStore((s) => s.updateAgendaItem);
  const removeItem = useAppStore((s) => s.removeAgendaItem);
  const reorder = useAppStore((s) => s.reorderAgenda);
  // The new item's fields are kept per meeting until it is added (minutes as typed, '' when empty).
  const draft = useFormDraft(`agenda:new:${meetingId}`, NEW_ITEM);
  const { title, presenter, minutes } = draft.values;
  const [error, setError] = useState<string | null>(null);
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const [dragOver, setDragOver] = useState<number | null>(null);
  const [savingTemplate, setSavingTemplate] = useState(false);

  const report = (result: { ok: boolean; error?: { message: string } }) => {
    setError(result.ok ? null : (result.error?.message ?? null));
    return result.ok;
  };

  async function add(event: FormEvent) {
    event.preventDefault();
    const result = await addItem({
      meetingId,
      title,
      presenterText: presenter,
      presenterPersonId: null,
      plannedMinutes: minutes === '' ? null : Number(minutes),
    });
    if (report(result)) draft.reset(NEW_ITEM);
  }

  async function move(from: number, to: number) {
    report(await reorder({ meetingId, ids: moveItem(items, from, to).map((item) => item.id) }));
  }

  async function save(item: AgendaItem, fields: AgendaItemFields) {
    return report(await updateItem({ id: item.id, ...fields }));
  }

  async function remove(item: AgendaItem) {
    if (!report(await removeItem({ id: item.id }))) return;
    const undo = async () => {
      const { title: itemTitle, presenterText, presenterPersonId, plannedMinutes, position } = item;
      report(
        await addItem({ meetingId, title: itemTitle, presenterText, presenterPersonId, plannedMinutes, position }),
      );
    };
    showUndoToast({
      id: `agenda-removed-${item.id}`,
      message: t('agenda.removed', { title: item.title }),
      undoLabel: t('common:actions.undo'),
      onUndo: () => void undo(),
    });
  }

  const drag = {
    onDragStart: (event: DragEvent, index: number) => {
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', String(index));
      setDragFrom(index);
    },
    onDragOver: (event: DragEvent, index: number) => {
      if (dragFrom === null) return;
      event.preventDefault();
      setDragOver(index);
    },
    onDrop: (event: DragEvent, index: number) => {
      event.preventDefault();
      const from = dragFrom;
      setDragFrom(null);
      setDragOver(null);
      if (from !== null && from !== index) void move(from, index);
    },
    onDragEnd: () => {
      setDragFrom(null);
      setDragOver(null);
    },
  };

  return (
    <PanelCard
      id="agenda-title"
      title={t('agenda.title')}
      help={t('agenda.help')}
      actions={
        <Button
          variant="default"
          leftSection={<IconTemplate size={16} aria-hidden />}
          onClick={() => setSavingTemplate(true)}
          disabled={items.length === 0}
        >
          {t('agenda.saveAsTemplate')}
        </Button>
      }
    >
      <ErrorAlert message={error} mb="sm" />
      <RowsTable
        labelledBy="agenda-title"
        columns={[
          { header: '' },
          { header: t('agenda.number') },
          { header: t('agenda.item') },
          { header: t('agenda.presenter') },
          { header: t('agenda.minutes') },
          { header: t('agenda.actions'), hideHeader: true },
        ]}
        rows={items}
        empty={t('agenda.empty')}
        row={(item, index) => (
          <AgendaRow
            key={item.id}
            item={item}
            index={index}
            count={items.length}
            dropTarget={dragOver === index && dragFrom !== index}
            onMove={(from, to) => void move(from, to)}
            onSave={save}
            onRemove={(removed) => void remove(removed)}
            drag={drag}
          />
        )}
        mb="sm"
      />
      {items.length > 0 && (
        <Text size="sm" c="dimmed" mb="sm">
          {t('agenda.total', { count: plannedTotal(items) })}
        </Text>
      )}
      {!locked && (
        <form onSubmit={add} noValidate>
          <Group align="flex-end" gap="sm" wrap="nowrap">
            <TextInput
              style={{ flex: 2 }}
              label={t('agenda.newTitle')}
              placeholder={t('agenda.newTitlePlaceholder')}
              {...draft.bind('title')}
            />
            <TextInput
              style={{ flex: 1 }}
              label={t('agenda.presenter')}
              placeholder={t('agenda.presenterPlaceholder')}
              {...draft.bind('presenter')}
            />
            <NumberInput
              w={100}
              label={t('agenda.minutes')}
              value={minutes}
              onChange={(value) => draft.change('minutes', String(value))}
              min={1}
              max={600}
              allowDecimal={false}
            />
            <Button type="submit" variant="light" leftSection={<IconPlus size={16} aria-hidden />}>
              {t('agenda.add')}
            </Button>
          </Group>
        </form>
      )}
      <SaveTemplateModal meetingId={meetingId} opened={savingTemplate} onClose={() => setSavingTemplate(false)} />
    </PanelCard>
  );
}
