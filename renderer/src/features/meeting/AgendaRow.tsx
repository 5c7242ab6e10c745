import { Group, Table, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconGripVertical, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { IconButton } from '../../components/kit/IconButton';
import type { AgendaItem, AgendaItemFields } from '../../../../shared/domain/agenda';
import { useMeetingLocked } from '../approval';
import { hasDraft } from '../../lib/formDrafts';
import { AgendaRowEditor } from './AgendaRowEditor';

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
  // A row left in edit mode with changes (tab switch, reload) opens in edit mode again with them.
  const [editing, setEditing] = useState(() => hasDraft(`agenda:${item.id}`));

  if (editing) {
    return <AgendaRowEditor item={item} onSave={onSave} onDone={() => setEditing(false)} />;
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
        <Text size="sm">
          {item.plannedMinutes === null ? t('agenda.noPlan') : t('agenda.minutesValue', { count: item.plannedMinutes })}
        </Text>
      </Table.Td>
      <Table.Td w={150}>
        {/* A locked meeting shows its agenda without the controls that would change it. */}
        {!locked && (
          <Group gap={2} wrap="nowrap">
            <IconButton
              label={t('agenda.moveUp', { title: item.title })}
              icon={IconArrowUp}
              color="gray"
              disabled={index === 0}
              onClick={() => onMove(index, index - 1)}
            />
            <IconButton
              label={t('agenda.moveDown', { title: item.title })}
              icon={IconArrowDown}
              color="gray"
              disabled={index === count - 1}
              onClick={() => onMove(index, index + 1)}
            />
            <IconButton
              label={t('agenda.edit', { title: item.title })}
              icon={IconPencil}
              color="gray"
              onClick={() => setEditing(true)}
            />
            <IconButton
              label={t('agenda.remove', { title: item.title })}
              icon={IconTrash}
              color="red"
              onClick={() => onRemove(item)}
            />
          </Group>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
