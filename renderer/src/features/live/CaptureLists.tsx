import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../../shared/domain/agenda';
import type { Commitment, Decision } from '../../../../shared/domain/captures';
import { OWNER_STATUS_LABELS } from '../../../../shared/domain/commitment';
import type { IpcResult } from '../../../../shared/ipc/result';
import { useLongDate } from '../../lib/useLongDate';
import { useAppStore, type AppState } from '../../store';
import { IconButton } from '../../components/kit/IconButton';
import { useUndoableDelete } from '../../components/kit/undoToast';

function short(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function RowActions({ text, onEdit, onRemove }: Readonly<{ text: string; onEdit: () => void; onRemove: () => void }>) {
  const { t } = useTranslation('live');
  return (
    <Group gap={2} wrap="nowrap">
      <IconButton
        size="sm"
        iconSize={14}
        tooltip
        label={t('list.editItem', { text: short(text) })}
        icon={IconPencil}
        onClick={onEdit}
      />
      <IconButton
        size="sm"
        iconSize={14}
        tooltip
        color="red"
        label={t('list.removeItem', { text: short(text) })}
        icon={IconTrash}
        onClick={onRemove}
      />
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

type Captured = Readonly<{ decision: Decision; commitment: Commitment }>;
type Kind = keyof Captured;

type ListSpec<T> = Readonly<{
  /** The list's name for a screen reader. */
  label: ParseKeys<'live'>;
  empty: ParseKeys<'live'>;
  deleted: ParseKeys<'live'>;
  remove: (state: AppState, item: T) => Promise<IpcResult<unknown>>;
  restore: (state: AppState, item: T) => Promise<IpcResult<unknown>>;
}>;

/** What sets the two lists apart, bar what each prints under its text: their words and the store's delete and restore. */
const LISTS: { [K in Kind]: ListSpec<Captured[K]> } = {
  decision: {
    label: 'list.decisions',
    empty: 'list.noDecisions',
    deleted: 'list.decisionDeleted',
    remove: (state, decision) => state.deleteDecision(decision),
    restore: (state, decision) => state.restoreDecision({ id: decision.id }),
  },
  commitment: {
    label: 'list.commitments',
    empty: 'list.noCommitments',
    deleted: 'list.commitmentDeleted',
    remove: (state, commitment) => state.deleteCommitment(commitment),
    restore: (state, commitment) => state.restoreCommitment({ id: commitment.id }),
  },
};

type CaptureListProps<K extends Kind> = Pick<ListProps<Captured[K]>, 'onEdit' | 'locked'> &
  Readonly<{
    kind: K;
    items: ReadonlyArray<Captured[K]>;
    /** Under the numbered text: what else the Notula prints with it. */
    details: (item: Captured[K]) => ReactNode;
  }>;

/** The captures in the order the Notula numbers them; delete at once with "Batalkan" in the toast. */
function CaptureList<K extends Kind>({ kind, items, details, onEdit, locked }: CaptureListProps<K>) {
  const { t } = useTranslation('live');
  const deleteWithUndo = useUndoableDelete();
  const list = LISTS[kind];
  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t(list.empty)}
      </Text>
    );
  return (
    <Stack gap={6} component="ol" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t(list.label)}>
      {items.map((item, index) => (
        <Paper component="li" key={item.id} withBorder p={6}>
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap={4}>
            <Stack gap={4} style={{ minWidth: 0 }}>
              <Text size="sm">
                {index + 1}. {item.text}
              </Text>
              {details(item)}
            </Stack>
            {!locked && (
              <RowActions
                text={item.text}
                onEdit={() => onEdit(item)}
                onRemove={() =>
                  void deleteWithUndo({
                    toastId: `${kind}-${item.id}`,
                    // Read at the click: the store's actions, not a render's copy of them.
                    remove: () => list.remove(useAppStore.getState(), item),
                    restore: () => list.restore(useAppStore.getState(), item),
                    deletedMessage: t(list.deleted),
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
  return (
    <CaptureList
      kind="decision"
      items={decisions}
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
  return (
    <CaptureList
      kind="commitment"
      items={commitments}
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
