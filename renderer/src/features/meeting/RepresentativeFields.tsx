import { Alert, Button, Group, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Representative } from '../../../../shared/domain/attendee';

type Props = Readonly<{
  name: string;
  initial: Representative | null;
  onSave: (representative: Representative) => Promise<string | null>;
  onCancel: () => void;
}>;

/** Name, NIP and jabatan of whoever represents an invited official (status Diwakili). */
export function RepresentativeFields({ name, initial, onSave, onCancel }: Props) {
  const { t } = useTranslation(['meeting', 'common']);
  const [rep, setRep] = useState<Representative>(initial ?? { name: '', nip: '', position: '' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const message = await onSave(rep);
    setBusy(false);
    setError(message);
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('attendance.repTitle', { name })}>
      {error && (
        <Alert color="red" role="alert" mb="xs" py={6}>
          {error}
        </Alert>
      )}
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <TextInput
          size="xs"
          style={{ flex: 2 }}
          label={t('attendance.repName')}
          value={rep.name}
          onChange={(e) => setRep({ ...rep, name: e.currentTarget.value })}
          required
          autoFocus
        />
        <TextInput
          size="xs"
          style={{ flex: 2 }}
          label={t('attendance.repNip')}
          title={t('attendance.repNipHelp')}
          placeholder={t('attendance.repNipHelp')}
          value={rep.nip}
          onChange={(e) => setRep({ ...rep, nip: e.currentTarget.value })}
          inputMode="numeric"
        />
        <TextInput
          size="xs"
          style={{ flex: 2 }}
          label={t('attendance.repPosition')}
          value={rep.position}
          onChange={(e) => setRep({ ...rep, position: e.currentTarget.value })}
          required
        />
        <Button size="xs" type="submit" loading={busy}>
          {t('attendance.repSave')}
        </Button>
        <Button size="xs" variant="default" onClick={onCancel}>
          {t('common:actions.cancel')}
        </Button>
      </Group>
    </form>
  );
}
