import { Select, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../../shared/domain/agenda';
import type { Decision } from '../../../../shared/domain/captures';
import type { AgendaItemId, MeetingId } from '../../../../shared/domain/ids';
import { useFormDraft } from '../../components/kit/useFormDraft';
import { useAppStore } from '../../store';
import { takeHeldKeys } from '../../lib/heldKeys';
import { agendaOptions, CaptureForm, CaptureModal } from './CaptureForm';

export type DecisionDraft = Readonly<{ text: string; agendaItemId: AgendaItemId | null; editing?: Decision }>;

type Props = Readonly<{
  meetingId: MeetingId;
  agenda: ReadonlyArray<AgendaItem>;
  draft: DecisionDraft | null;
  onClose: () => void;
}>;

/** One draft per decision being edited, and one for a new decision of this meeting. */
export const decisionDraftName = (meetingId: MeetingId, draft: DecisionDraft) =>
  draft.editing ? `decision:${draft.editing.id}` : `decision:${meetingId}:new`;

/** Alt+K: the line or selection as a Keputusan/Kesimpulan, editable before it is recorded. */
export function DecisionModal({ meetingId, agenda, draft, onClose }: Props) {
  const { t } = useTranslation('live');
  return (
    <CaptureModal
      opened={draft !== null}
      onClose={onClose}
      title={draft?.editing ? t('capture.decisionEditTitle') : t('capture.decisionTitle')}
    >
      {draft && (
        <DecisionForm
          key={decisionDraftName(meetingId, draft)}
          meetingId={meetingId}
          agenda={agenda}
          draft={draft}
          onClose={onClose}
        />
      )}
    </CaptureModal>
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

  const check = () => {
    if (text.trim() !== '') return true;
    setError(t('capture.textRequired'));
    return false;
  };
  const save = () => {
    const agendaItemId = (itemId || null) as AgendaItemId | null;
    return draft.editing
      ? updateDecision({ id: draft.editing.id, text, agendaItemId })
      : createDecision({ meetingId, text, agendaItemId });
  };

  return (
    <CaptureForm
      form={form}
      initial={initial}
      check={check}
      save={save}
      onRefused={setError}
      savedMessage={t('list.decisionSaved')}
      onClose={onClose}
    >
      <Textarea
        label={t('capture.decisionText')}
        {...form.bind('text')}
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
    </CaptureForm>
  );
}
