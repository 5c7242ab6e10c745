import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../../shared/domain/agenda';
import type { Decision } from '../../../../shared/domain/captures';
import type { AgendaItemId, MeetingId } from '../../../../shared/domain/ids';
import { useFormDraft } from '../../components/kit/useFormDraft';
import { useAppStore } from '../../store';
import { takeHeldKeys } from '../../lib/heldKeys';
import { AgendaItemSelect, CaptureForm, CaptureModal, captureDraftName, type CaptureDraft } from './CaptureForm';

export type DecisionDraft = CaptureDraft<Decision>;

type Props = Readonly<{
  meetingId: MeetingId;
  agenda: ReadonlyArray<AgendaItem>;
  draft: DecisionDraft | null;
  onClose: () => void;
}>;

/** Alt+K: the line or selection as a Keputusan/Kesimpulan, editable before it is recorded. */
export function DecisionModal({ meetingId, agenda, draft, onClose }: Props) {
  return (
    <CaptureModal kind="decision" meetingId={meetingId} draft={draft} onClose={onClose}>
      {(opened) => <DecisionForm meetingId={meetingId} agenda={agenda} draft={opened} onClose={onClose} />}
    </CaptureModal>
  );
}

function DecisionForm({ meetingId, agenda, draft, onClose }: Props & Readonly<{ draft: DecisionDraft }>) {
  const { t } = useTranslation('live');
  const createDecision = useAppStore((s) => s.createDecision);
  const updateDecision = useAppStore((s) => s.updateDecision);
  // What she typed survives closing the dialog by accident, a route change or a reload.
  const [initial] = useState(() => ({ text: draft.text, itemId: draft.agendaItemId ?? '' }));
  const form = useFormDraft(captureDraftName('decision', meetingId, draft), initial);
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
      check={check}
      save={save}
      onRefused={setError}
      savedMessage={t('list.decisionSaved')}
      onClose={onClose}
      textArea={{
        label: t('capture.decisionText'),
        ...form.bind('text'),
        minRows: 3,
        maxRows: 10,
        'data-autofocus': true,
        onFocus: (event) => {
          // Caret at the end, after anything typed while the dialog was opening.
          const early = takeHeldKeys();
          const field = event.currentTarget;
          if (early) form.change('text', field.value + early);
          requestAnimationFrame(() => field.setSelectionRange(field.value.length, field.value.length));
        },
        error,
      }}
    >
      <AgendaItemSelect agenda={agenda} value={itemId} onChange={(value) => form.change('itemId', value)} />
    </CaptureForm>
  );
}
