import { Alert, Group, TextInput } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Representative } from '../../../../shared/domain/attendee';
import { useFormDraft } from '../../components/kit/useFormDraft';
import { InlineEditButtons } from './InlineEditButtons';

type Props = Readonly<{
  name: string;
  /** Where her typing is kept until saved ('representative:<attendeeId>'). */
  draftName: string;
  initial: Representative | null;
  onSave: (representative: Representative) => Promise<string | null>;
  onCancel: () => void;
}>;

/** Name, NIP and jabatan of whoever represents an invited official (status Diwakili). */
export function RepresentativeFields({ name, draftName, initial, onSave, onCancel }: Props) {
  const { t } = useTranslation(['meeting', 'common']);
  const start = useMemo(
    () => ({ name: initial?.name ?? '', nip: initial?.nip ?? '', position: initial?.position ?? '' }),
    [initial],
  );
  const { values: rep, bind, reset, discard } = useFormDraft(draftName, start);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const message = await onSave(rep);
    setBusy(false);
    setError(message);
    if (message === null) reset(rep);
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('attendance.repTitle', { name })}>
      {error && (
        <Alert color="red" role="alert" mb="xs" py={6}>
          {error}
        </Alert>
      )}
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <TextInput size="xs" style={{ flex: 2 }} label={t('attendance.repName')} {...bind('name')} required autoFocus />
        <TextInput
          size="xs"
          style={{ flex: 2 }}
          label={t('attendance.repNip')}
          title={t('attendance.repNipHelp')}
          placeholder={t('attendance.repNipHelp')}
          {...bind('nip')}
          inputMode="numeric"
        />
        <TextInput size="xs" style={{ flex: 2 }} label={t('attendance.repPosition')} {...bind('position')} required />
        <InlineEditButtons
          size="xs"
          saveLabel={t('attendance.repSave')}
          busy={busy}
          discard={discard}
          onDone={onCancel}
        />
      </Group>
    </form>
  );
}
