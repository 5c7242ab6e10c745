import { Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../../shared/domain/agenda';
import type { Decision } from '../../../../shared/domain/captures';
import type { AgendaItemId, MeetingId } from '../../../../shared/domain/ids';
import { useAppStore } from '../../store';
import { takeHeldKeys } from '../../lib/heldKeys';
import { useSubmitShortcut } from './useSubmitShortcut';

export type DecisionDraft = Readonly<{ text: string; agendaItemId: AgendaItemId | null; editing?: Decision }>;

type Props = Readonly<{
  meetingId: MeetingId;
  agenda: ReadonlyArray<AgendaItem>;
  draft: DecisionDraft | null;
  onClose: () => void;
}>;

export function agendaOptions(agenda: ReadonlyArray<AgendaItem>, none: string) {
  return [
    { value: '', label: none },
    ...agenda.map((item) => ({ value: item.id, label: `${item.position}. ${item.title}` })),
  ];
}

/** Alt+K: the line or selection as a Keputusan/Kesimpulan, editable before it is recorded. */
export function DecisionModal({ meetingId, agenda, draft, onClose }: Props) {
  const { t } = useTranslation('live');
  const createDecision = useAppStore((s) => s.createDecision);
  const updateDecision = useAppStore((s) => s.updateDecision);
  const [text, setText] = useState('');
  const [itemId, setItemId] = useState<string>('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!draft) return;
    setText(draft.text);
    setItemId(draft.agendaItemId ?? '');
    setError(null);
  }, [draft]);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!draft || busy) return;
    if (text.trim() === '') {
      setError(t('capture.textRequired'));
      return;
    }
    setBusy(true);
    const agendaItemId = (itemId || null) as AgendaItemId | null;
    const result = draft.editing
      ? await updateDecision({ id: draft.editing.id, text, agendaItemId })
      : await createDecision({ meetingId, text, agendaItemId });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    notifications.show({ message: t('list.decisionSaved'), color: 'green' });
    onClose();
  };

  useSubmitShortcut(draft !== null, () => void submit());

  return (
    <Modal
      opened={draft !== null}
      onClose={onClose}
      title={draft?.editing ? t('capture.decisionEditTitle') : t('capture.decisionTitle')}
      size="lg"
    >
      <form onSubmit={(event) => void submit(event)}>
        <Stack gap="sm">
          <Textarea
            label={t('capture.decisionText')}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            autosize
            minRows={3}
            maxRows={10}
            data-autofocus
            onFocus={(event) => {
              // Caret at the end, after anything typed while the dialog was opening.
              const early = takeHeldKeys();
              const field = event.currentTarget;
              if (early) setText((current) => current + early);
              requestAnimationFrame(() => field.setSelectionRange(field.value.length, field.value.length));
            }}
            error={error}
            description={t('capture.saveHint')}
          />
          <Select
            label={t('capture.agendaItem')}
            data={agendaOptions(agenda, t('capture.noAgendaItem'))}
            value={itemId}
            onChange={(v) => setItemId(v ?? '')}
            allowDeselect={false}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('capture.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('capture.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
