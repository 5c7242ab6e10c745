import { ActionIcon, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../../shared/domain/agenda';
import type { Commitment, Decision } from '../../../../shared/domain/captures';
import { OWNER_STATUS_LABELS } from '../../../../shared/domain/commitment';
import type { IpcResult } from '../../../../shared/ipc/result';
import { useLongDate } from '../../lib/useLongDate';
import { useAppStore } from '../../store';
import { useUndoableDelete } from '../../components/kit/undoToast';

function short(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function RowActions({ text, onEdit, onRemove }: Readonly<{ text: string; onEdit: () => void; onRemove: () => void }>) {
  const { t } = useTranslation('live');
  return (
    <Group gap={2} wrap="nowrap">
      <ActionIcon
        variant="subtle"
        size="sm"
        aria-label={t('list.editItem', { text: short(text) })}
        title={t('list.edit')}
        onClick={onEdit}
      >
        <IconPencil size={14} aria-hidden />
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        color="red"
        size="sm"
        aria-label={t('list.removeItem', { text: short(text) })}
        title={t('list.remove')}
        onClick={onRemove}
      >
        <IconTrash size={14} aria-hidden />
      </ActionIcon>
    </Group>
  );
}

function itemLabel(agenda: ReadonlyArray<AgendaItem>, id: string | null): string | null {
  const item = agenda.find((a) => a.id === id);
  return item ? `${item.position}. ${item.title}` : null;
}

type ListProps<T> = Readonly<{
  agenda: ReadonlyArray<AgendaItem>;
  onEdit: (item: T) => void;
  /** A locked meeting's items show no edit or delete controls. */
  locked: boolean;
}>;

type DecisionListProps = ListProps<Decision> & Readonly<{ decisions: ReadonlyArray<Decision> }>;
type CommitmentListProps = ListProps<Commitment> & Readonly<{ commitments: ReadonlyArray<Commitment> }>;

type Capture = Readonly<{ id: string; text: string }>;

type CaptureListProps<T extends Capture> = Readonly<{
  kind: 'decision' | 'commitment';
  items: ReadonlyArray<T>;
  /** The list's name for a screen reader, and what it says while empty. */
  label: string;
  emptyText: string;
  deletedMessage: string;
  remove: (item: T) => Promise<IpcResult<unknown>>;
  restore: (item: T) => Promise<IpcResult<unknown>>;
  /** Under the numbered text: what else the Notula prints with it. */
  details: (item: T) => ReactNode;
  onEdit: (item: T) => void;
  locked: boolean;
}>;

/** The captures in the order the Notula numbers them; delete at once with "Batalkan" in the toast. */
function CaptureList<T extends Capture>(props: CaptureListProps<T>) {
  const { kind, items, label, emptyText, locked, onEdit } = props;
  const deleteWithUndo = useUndoableDelete();
  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {emptyText}
      </Text>
    );
  return (
    <Stack gap={6} component="ol" p={0} m={0} style={{ listStyle: 'none' }} aria-label={label}>
      {items.map((item, index) => (
        <Paper component="li" key={item.id} withBorder p={6}>
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap={4}>
            <Stack gap={4} style={{ minWidth: 0 }}>
              <Text size="sm">
                {index + 1}. {item.text}
              </Text>
              {props.details(item)}
            </Stack>
            {!locked && (
              <RowActions
                text={item.text}
                onEdit={() => onEdit(item)}
                onRemove={() =>
                  void deleteWithUndo({
                    toastId: `${kind}-${item.id}`,
                    remove: () => props.remove(item),
                    restore: () => props.restore(item),
                    deletedMessage: props.deletedMessage,
                  })
                }
              />
            )}
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}

export function DecisionList({ decisions, agenda, onEdit, locked }: DecisionListProps) {
  const { t } = useTranslation('live');
  const remove = useAppStore((s) => s.deleteDecision);
  const restore = useAppStore((s) => s.restoreDecision);
  return (
    <CaptureList
      kind="decision"
      items={decisions}
      label={t('list.decisions')}
      emptyText={t('list.noDecisions')}
      deletedMessage={t('list.decisionDeleted')}
      remove={remove}
      restore={(decision) => restore({ id: decision.id })}
      details={(decision) =>
        itemLabel(agenda, decision.agendaItemId) && (
          <Text size="xs" c="dimmed" lineClamp={1}>
            {itemLabel(agenda, decision.agendaItemId)}
          </Text>
        )
      }
      onEdit={onEdit}
      locked={locked}
    />
  );
}

export function CommitmentList({ commitments, agenda, onEdit, locked }: CommitmentListProps) {
  const { t } = useTranslation('live');
  const longDate = useLongDate();
  const remove = useAppStore((s) => s.deleteCommitment);
  const restore = useAppStore((s) => s.restoreCommitment);
  return (
    <CaptureList
      kind="commitment"
      items={commitments}
      label={t('list.commitments')}
      emptyText={t('list.noCommitments')}
      deletedMessage={t('list.commitmentDeleted')}
      remove={remove}
      restore={(commitment) => restore({ id: commitment.id })}
      details={(commitment) => (
        <>
          <Group gap={4}>
            {commitment.owners.map((owner) => (
              <Badge key={owner.unitId} variant="light" tt="none" size="sm" title={OWNER_STATUS_LABELS[owner.status]}>
                {owner.unitName}
              </Badge>
            ))}
          </Group>
          <Text size="xs" c="dimmed">
            {commitment.dueDate ? t('list.due', { date: longDate(commitment.dueDate) }) : t('list.noDue')}
            {commitment.programTag ? ` · ${commitment.programTag}` : ''}
            {itemLabel(agenda, commitment.agendaItemId) ? ` · ${itemLabel(agenda, commitment.agendaItemId)}` : ''}
          </Text>
        </>
      )}
      onEdit={onEdit}
      locked={locked}
    />
  );
}
