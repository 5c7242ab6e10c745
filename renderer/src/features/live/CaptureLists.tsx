import { ActionIcon, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../../shared/domain/agenda';
import type { Commitment, Decision } from '../../../../shared/domain/captures';
import { OWNER_STATUS_LABELS } from '../../../../shared/domain/commitment';
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

export function DecisionList({ decisions, agenda, onEdit, locked }: DecisionListProps) {
  const { t } = useTranslation('live');
  const remove = useAppStore((s) => s.deleteDecision);
  const restore = useAppStore((s) => s.restoreDecision);
  const deleteWithUndo = useUndoableDelete();
  if (decisions.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('list.noDecisions')}
      </Text>
    );
  return (
    <Stack gap={6} component="ol" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('list.decisions')}>
      {decisions.map((decision, index) => (
        <Paper component="li" key={decision.id} withBorder p={6}>
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap={4}>
            <div style={{ minWidth: 0 }}>
              <Text size="sm">
                {index + 1}. {decision.text}
              </Text>
              {itemLabel(agenda, decision.agendaItemId) && (
                <Text size="xs" c="dimmed" lineClamp={1}>
                  {itemLabel(agenda, decision.agendaItemId)}
                </Text>
              )}
            </div>
            {!locked && (
              <RowActions
                text={decision.text}
                onEdit={() => onEdit(decision)}
                onRemove={() =>
                  void deleteWithUndo({
                    toastId: `decision-${decision.id}`,
                    remove: () => remove(decision),
                    restore: () => restore({ id: decision.id }),
                    deletedMessage: t('list.decisionDeleted'),
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

export function CommitmentList({ commitments, agenda, onEdit, locked }: CommitmentListProps) {
  const { t } = useTranslation('live');
  const longDate = useLongDate();
  const remove = useAppStore((s) => s.deleteCommitment);
  const restore = useAppStore((s) => s.restoreCommitment);
  const deleteWithUndo = useUndoableDelete();
  if (commitments.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('list.noCommitments')}
      </Text>
    );
  return (
    <Stack gap={6} component="ol" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('list.commitments')}>
      {commitments.map((commitment, index) => (
        <Paper component="li" key={commitment.id} withBorder p={6}>
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap={4}>
            <Stack gap={4} style={{ minWidth: 0 }}>
              <Text size="sm">
                {index + 1}. {commitment.text}
              </Text>
              <Group gap={4}>
                {commitment.owners.map((owner) => (
                  <Badge
                    key={owner.unitId}
                    variant="light"
                    tt="none"
                    size="sm"
                    title={OWNER_STATUS_LABELS[owner.status]}
                  >
                    {owner.unitName}
                  </Badge>
                ))}
              </Group>
              <Text size="xs" c="dimmed">
                {commitment.dueDate ? t('list.due', { date: longDate(commitment.dueDate) }) : t('list.noDue')}
                {commitment.programTag ? ` · ${commitment.programTag}` : ''}
                {itemLabel(agenda, commitment.agendaItemId) ? ` · ${itemLabel(agenda, commitment.agendaItemId)}` : ''}
              </Text>
            </Stack>
            {!locked && (
              <RowActions
                text={commitment.text}
                onEdit={() => onEdit(commitment)}
                onRemove={() =>
                  void deleteWithUndo({
                    toastId: `commitment-${commitment.id}`,
                    remove: () => remove(commitment),
                    restore: () => restore({ id: commitment.id }),
                    deletedMessage: t('list.commitmentDeleted'),
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
