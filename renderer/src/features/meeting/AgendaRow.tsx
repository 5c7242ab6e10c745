import { ActionIcon, Button, Group, NumberInput, Table, Text, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconGripVertical, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, AgendaItemFields } from '../../../../shared/domain/agenda';
import { useMeetingLocked } from '../approval';

type Props = Readonly<{
  item: AgendaItem;
  index: number;
  count: number;
  dropTarget: boolean;
  onMove: (from: number, to: number) => void;
  onSave: (item: AgendaItem, fields: AgendaItemFields) => Promise<boolean>;
  onRemove: (item: AgendaItem) => void;
  drag: Readonly<{
    onDragStart: (event: DragEvent, index: number) => void;
    onDragOver: (event: DragEvent, index: number) => void;
    onDrop: (event: DragEvent, index: number) => void;
    onDragEnd: () => void;
  }>;
}>;

/** One agenda row: drag handle and move buttons (both, for mouse and keyboard), inline edit. */
export function AgendaRow({ item, index, count, dropTarget, onMove, onSave, onRemove, drag }: Props) {
  const { t } = useTranslation(['meeting', 'common']);
  const locked = useMeetingLocked();
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(item.title);
  const [presenter, setPresenter] = useState(item.presenterText);
  const [minutes, setMinutes] = useState<number | string>(item.plannedMinutes ?? '');

  async function save() {
    const saved = await onSave(item, {
      title,
      presenterText: presenter,
      presenterPersonId: item.presenterPersonId,
      plannedMinutes: typeof minutes === 'number' ? minutes : null,
    });
    if (saved) setEditing(false);
  }

  if (editing) {
    return (
      <Table.Tr>
        <Table.Td />
        <Table.Td>{item.position}</Table.Td>
        <Table.Td>
          <TextInput size="xs" aria-label={t('agenda.item')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} autoFocus />
        </Table.Td>
        <Table.Td>
          <TextInput size="xs" aria-label={t('agenda.presenter')} value={presenter} onChange={(e) => setPresenter(e.currentTarget.value)} />
        </Table.Td>
        <Table.Td>
          <NumberInput size="xs" aria-label={t('agenda.minutes')} value={minutes} onChange={setMinutes} min={1} max={600} allowDecimal={false} w={80} />
        </Table.Td>
        <Table.Td>
          <Group gap={4} wrap="nowrap">
            <Button size="compact-xs" onClick={() => void save()}>
              {t('common:actions.save')}
            </Button>
            <Button size="compact-xs" variant="default" onClick={() => setEditing(false)}>
              {t('common:actions.cancel')}
            </Button>
          </Group>
        </Table.Td>
      </Table.Tr>
    );
  }

  return (
    <Table.Tr
      draggable
      onDragStart={(event) => drag.onDragStart(event, index)}
      onDragOver={(event) => drag.onDragOver(event, index)}
      onDrop={(event) => drag.onDrop(event, index)}
      onDragEnd={drag.onDragEnd}
      style={dropTarget ? { outline: '2px dashed var(--mantine-primary-color-filled)', outlineOffset: -2 } : undefined}
    >
      <Table.Td w={28} style={{ cursor: 'grab' }} title={t('agenda.drag', { title: item.title })}>
        <IconGripVertical size={16} aria-hidden color="var(--mantine-color-dimmed)" />
      </Table.Td>
      <Table.Td w={44}>{item.position}</Table.Td>
      <Table.Td>
        <Text size="sm" fw={500}>
          {item.title}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{item.presenter || t('agenda.noPlan')}</Text>
      </Table.Td>
      <Table.Td w={90}>
        <Text size="sm">{item.plannedMinutes === null ? t('agenda.noPlan') : t('agenda.minutesValue', { count: item.plannedMinutes })}</Text>
      </Table.Td>
      <Table.Td w={150}>
        {/* A locked meeting shows its agenda without the controls that would change it. */}
        {!locked && (
        <Group gap={2} wrap="nowrap">
          <ActionIcon variant="subtle" color="gray" aria-label={t('agenda.moveUp', { title: item.title })} disabled={index === 0} onClick={() => onMove(index, index - 1)}>
            <IconArrowUp size={16} aria-hidden />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('agenda.moveDown', { title: item.title })}
            disabled={index === count - 1}
            onClick={() => onMove(index, index + 1)}
          >
            <IconArrowDown size={16} aria-hidden />
          </ActionIcon>
          <ActionIcon variant="subtle" color="gray" aria-label={t('agenda.edit', { title: item.title })} onClick={() => setEditing(true)}>
            <IconPencil size={16} aria-hidden />
          </ActionIcon>
          <ActionIcon variant="subtle" color="red" aria-label={t('agenda.remove', { title: item.title })} onClick={() => onRemove(item)}>
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Group>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
