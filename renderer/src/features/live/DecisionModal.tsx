import { Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../../shared/domain/agenda';
import type { Decision } from '../../../../shared/domain/captures';
import type { AgendaItemId, MeetingId } from '../../../../shared/domain/ids';
import { DraftNotice } from '../../components/kit/DraftNotice';
import { useFormDraft } from '../../components/kit/useFormDraft';
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

/** One draft per decision being edited, and one for a new decision of this meeting. */
export const decisionDraftName = (meetingId: MeetingId, draft: DecisionDraft) =>
  draft.editing ? `decision:${draft.editing.id}` : `decision:${meetingId}:new`;

/** Alt+K: the line or selection as a Keputusan/Kesimpulan, editable before it is recorded. */
export function DecisionModal({ meetingId, agenda, draft, onClose }: Props) {
  const { t } = useTranslation('live');
  return (
    <Modal
      opened={draft !== null}
      onClose={onClose}
      title={draft?.editing ? t('capture.decisionEditTitle') : t('capture.decisionTitle')}
      size="lg"
    >
      {/* Mounted on each open, so it starts from the line she picked, or from her draft. */}
      {draft && (
        <DecisionForm
          key={decisionDraftName(meetingId, draft)}
          meetingId={meetingId}
          agenda={agenda}
          draft={draft}
          onClose={onClose}
        />
      )}
    </Modal>
  );
}

function DecisionForm({ meetingId, agenda, draft, onClose }: Props & Readonly<{ draft: DecisionDraft }>) {
  const { t } = useTranslation('live');
  const createDecision = useAppStore((s) => s.createDecision);
  const updateDecision = useAppStore((s) => s.updateDecision);
  // What she typed survives closing the dialog by accident, a route change or a reload.
  const [initial] = useState(() => ({ text: draft.text, itemId: draft.agendaItemId ?? '' }));
  const form = useFormDraft(decisionDraftName(meetingId, draft), initial);
  const { text, itemId } = form.values;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
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
    form.reset(initial);
    notifications.show({ message: t('list.decisionSaved'), color: 'green' });
    onClose();
  };

  useSubmitShortcut(true, () => void submit());

  return (
    <form onSubmit={(event) => void submit(event)}>
      <Stack gap="sm">
        {form.restoredAt !== null && <DraftNotice savedAt={form.restoredAt} onDiscard={form.discard} />}
        <Textarea
          label={t('capture.decisionText')}
          value={text}
          onChange={(event) => form.change('text', event.currentTarget.value)}
          autosize
          minRows={3}
          maxRows={10}
          data-autofocus
          onFocus={(event) => {
            // Caret at the end, after anything typed while the dialog was opening.
            const early = takeHeldKeys();
            const field = event.currentTarget;
            if (early) form.change('text', field.value + early);
            requestAnimationFrame(() => field.setSelectionRange(field.value.length, field.value.length));
          }}
          error={error}
          description={t('capture.saveHint')}
        />
        <Select
          label={t('capture.agendaItem')}
          data={agendaOptions(agenda, t('capture.noAgendaItem'))}
          value={itemId}
          onChange={(v) => form.change('itemId', v ?? '')}
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
  );
}
