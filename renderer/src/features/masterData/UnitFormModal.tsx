import { Alert, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../../shared/domain/masterData';
import { useAppStore } from '../../store';
import { useKindOptions } from './unitKinds';

type Props = Readonly<{ opened: boolean; onClose: () => void; unit?: Unit }>;

export function UnitFormModal({ opened, onClose, unit }: Props) {
  const { t } = useTranslation('masterData');
  return (
    <Modal opened={opened} onClose={onClose} title={unit ? t('units.editTitle') : t('units.createTitle')} centered size="lg">
      {/* Remounted on each open so the form starts from the row (or empty). */}
      {opened && <UnitForm unit={unit} onDone={onClose} />}
    </Modal>
  );
}

function UnitForm({ unit, onDone }: Readonly<{ unit?: Unit; onDone: () => void }>) {
  const { t } = useTranslation(['masterData', 'common']);
  const saveUnit = useAppStore((s) => s.saveUnit);
  const [code, setCode] = useState(unit?.code ?? '');
  const [name, setName] = useState(unit?.name ?? '');
  const [shortName, setShortName] = useState(unit?.shortName ?? '');
  const [kind, setKind] = useState(unit?.kind ?? 'dinas');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const kindOptions = useKindOptions(kind);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await saveUnit({ code: code.trim() || null, name, shortName, kind }, unit?.id);
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    notifications.show({ color: 'green', message: unit ? t('toast.saved') : t('toast.created', { name: result.value.name }) });
    onDone();
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <TextInput
          label={t('units.fields.name')}
          placeholder={t('units.fields.namePlaceholder')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          required
          data-autofocus
        />
        <Group grow align="flex-start">
          <TextInput
            label={t('units.fields.shortName')}
            placeholder={t('units.fields.shortNamePlaceholder')}
            value={shortName}
            onChange={(event) => setShortName(event.currentTarget.value)}
          />
          <TextInput
            label={t('units.fields.code')}
            description={t('units.fields.codeHelp')}
            placeholder="DINKES"
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
          />
        </Group>
        <Select label={t('units.fields.kind')} data={kindOptions} value={kind} onChange={(value) => setKind(value ?? '')} allowDeselect={false} />
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onDone} type="button">
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('common:actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
