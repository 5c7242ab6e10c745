import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcResult } from '../../../../shared/ipc/result';
import { clearDraft } from '../../lib/formDrafts';
import { useAction } from './useAction';
import { useFormDraft, type FormDraft } from './useFormDraft';
import { FormFooter } from './FormFooter';
import { FormNotices } from './FormNotices';

export type FormModalProps<T extends Record<string, unknown>, R> = Readonly<{
  opened: boolean;
  onClose: () => void;
  title: string;
  /** Where what she types is kept until it is saved ('unit:new', 'person:<id>'); null keeps nothing. */
  draftName: string | null;
  /** The values of the record (or of an empty one); read each time the modal opens. */
  initial: T;
  onSubmit: (values: T) => Promise<IpcResult<R>>;
  /** Main saved: said in a green notification ("Dinkes ditambahkan."). */
  savedMessage?: (value: R, values: T) => string;
  /** Main saved: what else follows (open the new record). The modal closes itself afterwards. */
  onSaved?: (value: R, values: T) => void;
  submitLabel?: string;
  submitColor?: string;
  canSubmit?: (values: T) => boolean;
  size?: string;
  children: (form: FormDraft<T>) => ReactNode;
}>;

/**
 * A modal form with Batal/Simpan, Enter to submit, busy and main's message built in. What she
 * types is kept as a draft; closing with changes asks first, and a form opened again offers
 * the draft back (a reload, a route change or a restart drop nothing).
 */
export function FormModal<T extends Record<string, unknown>, R>(props: FormModalProps<T, R>) {
  const { opened, onClose, title, draftName, size = 'lg' } = props;
  const dirty = useRef(false);
  const [asking, setAsking] = useState(false);

  const leave = (keepDraft: boolean) => {
    if (!keepDraft && draftName !== null) clearDraft(draftName);
    dirty.current = false;
    setAsking(false);
    onClose();
  };
  const trackDirty = useCallback((value: boolean) => {
    dirty.current = value;
  }, []);
  const requestClose = () => (dirty.current ? setAsking(true) : leave(true));

  return (
    <Modal opened={opened} onClose={requestClose} title={title} centered size={size}>
      {/* Mounted on each open so the form starts from the record, or from her draft. */}
      {opened && (
        <FormBody
          {...props}
          asking={asking}
          onDirty={trackDirty}
          onCancel={requestClose}
          onLeave={leave}
          onStay={() => setAsking(false)}
        />
      )}
    </Modal>
  );
}

type BodyProps<T extends Record<string, unknown>, R> = FormModalProps<T, R> &
  Readonly<{
    asking: boolean;
    onDirty: (dirty: boolean) => void;
    onCancel: () => void;
    onLeave: (keepDraft: boolean) => void;
    onStay: () => void;
  }>;

function FormBody<T extends Record<string, unknown>, R>(props: BodyProps<T, R>) {
  const { t } = useTranslation(['kit', 'common']);
  const form = useFormDraft(props.draftName, props.initial);
  const { run, busy, error } = useAction(props.onSubmit);
  const { onDirty } = props;
  useEffect(() => onDirty(form.dirty), [onDirty, form.dirty]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (props.canSubmit && !props.canSubmit(form.values)) return;
    const result = await run(form.values);
    if (!result.ok) return;
    form.reset(form.values);
    if (props.savedMessage)
      notifications.show({ color: 'green', message: props.savedMessage(result.value, form.values) });
    props.onSaved?.(result.value, form.values);
    props.onLeave(false);
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        <FormNotices form={form} error={error} />
        {props.children(form)}
        {props.asking ? (
          <Alert color="orange" role="alertdialog" aria-label={t('leave.question')} title={t('leave.question')} mt="xs">
            <Text size="sm" mb="sm">
              {t('leave.body')}
            </Text>
            {/* Compact, so the three choices stand on one line in the narrowest modal. */}
            <Group justify="flex-end" gap="xs">
              <Button size="compact-sm" variant="default" onClick={props.onStay} data-autofocus>
                {t('leave.back')}
              </Button>
              <Button size="compact-sm" variant="light" onClick={() => props.onLeave(true)}>
                {t('leave.keepDraft')}
              </Button>
              <Button size="compact-sm" color="red" onClick={() => props.onLeave(false)}>
                {t('leave.discard')}
              </Button>
            </Group>
          </Alert>
        ) : (
          <FormFooter
            onCancel={props.onCancel}
            submitLabel={props.submitLabel}
            busy={busy}
            color={props.submitColor}
            disabled={props.canSubmit ? !props.canSubmit(form.values) : false}
            mt="xs"
          />
        )}
      </Stack>
    </form>
  );
}
