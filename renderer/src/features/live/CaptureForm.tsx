import { Modal, Select, Stack, Text, Textarea, type TextareaProps } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Fragment, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../../shared/domain/agenda';
import type { AgendaItemId, MeetingId } from '../../../../shared/domain/ids';
import type { IpcResult } from '../../../../shared/ipc/result';
import { DraftNotice } from '../../components/kit/DraftNotice';
import { FormFooter } from '../../components/kit/FormFooter';
import type { FormDraft } from '../../components/kit/useFormDraft';
import { useSubmitShortcut } from './useSubmitShortcut';

/** What a capture dialog opens with: the line she picked (or the record she edits) and its agenda item. */
export type CaptureDraft<E extends { id: string }> = Readonly<{
  text: string;
  agendaItemId: AgendaItemId | null;
  editing?: E;
}>;

/** One draft per record being edited, and one for a new record of this meeting ('decision:<id>', 'commitment:<meeting>:new'). */
export const captureDraftName = (
  kind: 'decision' | 'commitment',
  meetingId: MeetingId,
  draft: CaptureDraft<{ id: string }>,
) => (draft.editing ? `${kind}:${draft.editing.id}` : `${kind}:${meetingId}:new`);

type ModalProps<E extends { id: string }> = Readonly<{
  kind: 'decision' | 'commitment';
  meetingId: MeetingId;
  draft: CaptureDraft<E> | null;
  onClose: () => void;
  children: (draft: CaptureDraft<E>) => ReactNode;
}>;

/** The dialog around a capture form; the form is mounted on each open, so it starts from the line she picked, or from her draft. */
export function CaptureModal<E extends { id: string }>({ kind, meetingId, draft, onClose, children }: ModalProps<E>) {
  const { t } = useTranslation('live');
  // "Keputusan" or "Tindak Lanjut", new or being edited.
  const title = draft?.editing ? t(`capture.${kind}EditTitle`) : t(`capture.${kind}Title`);
  return (
    <Modal opened={draft !== null} onClose={onClose} title={title} size="lg">
      {draft && <Fragment key={captureDraftName(kind, meetingId, draft)}>{children(draft)}</Fragment>}
    </Modal>
  );
}

/** The agenda item a capture belongs to ("none" first). */
export function AgendaItemSelect({
  agenda,
  value,
  onChange,
}: Readonly<{ agenda: ReadonlyArray<AgendaItem>; value: string; onChange: (value: string) => void }>) {
  const { t } = useTranslation('live');
  const data = [
    { value: '', label: t('capture.noAgendaItem') },
    ...agenda.map((item) => ({ value: item.id, label: `${item.position}. ${item.title}` })),
  ];
  return (
    <Select
      label={t('capture.agendaItem')}
      data={data}
      value={value}
      onChange={(v) => onChange(v ?? '')}
      allowDeselect={false}
    />
  );
}

type FormProps<T> = Readonly<{
  /** Its draft; once main saved, the form goes back to the values it was opened with. */
  form: FormDraft<T>;
  /** Checks what she typed; false keeps the dialog open with the field messages it set. */
  check: () => boolean;
  save: () => Promise<IpcResult<unknown>>;
  /** Main refused: where its Indonesian message is shown. */
  onRefused: (message: string) => void;
  savedMessage: string;
  /** The capture's text, first: its label, binding, rows, message; Ctrl+Enter is said under it. */
  textArea: TextareaProps & Readonly<{ 'data-autofocus'?: boolean }>;
  /** A message for the whole form, under the fields. */
  formError?: string;
  onClose: () => void;
  children: ReactNode;
}>;

/**
 * The frame of the live capture dialogs (Keputusan, Tindak Lanjut): the restored draft, the
 * capture's text and the other fields, Ctrl+Enter from anywhere, one save at a time, the saved notice, and Batal/Simpan.
 */
export function CaptureForm<T>(props: FormProps<T>) {
  const { t } = useTranslation('live');
  const { form, check, save, onRefused, savedMessage, onClose } = props;
  const [busy, setBusy] = useState(false);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy || !check()) return;
    setBusy(true);
    const result = await save();
    setBusy(false);
    if (!result.ok) return onRefused(result.error.message);
    form.discard();
    notifications.show({ message: savedMessage, color: 'green' });
    onClose();
  };

  useSubmitShortcut(true, () => void submit());

  return (
    <form onSubmit={(event) => void submit(event)}>
      <Stack gap="sm">
        {form.restoredAt !== null && <DraftNotice savedAt={form.restoredAt} onDiscard={form.discard} />}
        <Textarea autosize description={t('capture.saveHint')} {...props.textArea} />
        {props.children}
        {props.formError && (
          <Text c="red.8" size="sm" role="alert">
            {props.formError}
          </Text>
        )}
        <FormFooter onCancel={onClose} busy={busy} />
      </Stack>
    </form>
  );
}
