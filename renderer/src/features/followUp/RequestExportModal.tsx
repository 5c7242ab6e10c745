import { Alert, Button, Checkbox, Group, Modal, MultiSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../../shared/domain/followUp';
import type { PersonId, UnitId } from '../../../../shared/domain/ids';
import { useAppStore } from '../../store';
import { receiveDelivery } from '../../lib/files';
import { usePeopleOptions, type Option } from './usePeopleOptions';

type Props = Readonly<{
  opened: boolean;
  onClose: () => void;
  today: string;
  units: ReadonlyArray<Option>;
  /** The OPD the page is filtered by, preselected. */
  unitId: UnitId | null;
}>;

export function RequestExportModal({ opened, onClose, today, units, unitId }: Props) {
  const { t } = useTranslation('followUp');
  return (
    <Modal opened={opened} onClose={onClose} title={t('request.title')} size="lg" centered>
      {opened && <RequestForm onClose={onClose} today={today} units={units} unitId={unitId} />}
    </Modal>
  );
}

function RequestForm({ onClose, today, units, unitId }: Readonly<Omit<Props, 'opened'>>) {
  const { t } = useTranslation(['followUp', 'common']);
  const people = usePeopleOptions(true);
  const [unitIds, setUnitIds] = useState<string[]>(unitId ? [unitId] : []);
  const [letter, setLetter] = useState(true);
  const [form, setForm] = useState(true);
  const [letterNumber, setLetterNumber] = useState('');
  const [replyBy, setReplyBy] = useState<string | null>(today === '' ? null : addDays(today, 7));
  const [signer, setSigner] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await useAppStore.getState().exportFollowUpRequest({
      unitIds: unitIds as UnitId[],
      letter,
      form,
      letterNumber,
      replyBy: replyBy ?? '',
      signerPersonId: signer as PersonId | null,
    });
    const received = result.ok ? await receiveDelivery(result.value) : result;
    setBusy(false);
    if (!received.ok) {
      setError(received.error.message);
      return;
    }
    if (received.value !== null) notifications.show({ color: 'green', message: t('request.done', { name: received.value }) });
    onClose();
  }

  const several = unitIds.length !== 1 || (letter && form);
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        <Text size="sm">{t('request.intro')}</Text>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <MultiSelect label={t('request.unit')} placeholder={t('request.allUnits')} searchable clearable data={[...units]} value={unitIds} onChange={setUnitIds} />
        <Group>
          <Checkbox label={t('request.letter')} checked={letter} onChange={(event) => setLetter(event.currentTarget.checked)} />
          <Checkbox label={t('request.form')} checked={form} onChange={(event) => setForm(event.currentTarget.checked)} />
        </Group>
        {letter && (
          <Group grow align="flex-start">
            <TextInput label={t('request.number')} value={letterNumber} onChange={(event) => setLetterNumber(event.currentTarget.value)} />
            <Select label={t('request.signer')} placeholder={t('request.signerPlaceholder')} searchable clearable data={[...people]} value={signer} onChange={setSigner} />
          </Group>
        )}
        <DateInput label={t('request.replyBy')} required w={220} valueFormat="D MMMM YYYY" value={replyBy} onChange={setReplyBy} />
        {several && (
          <Text size="xs" c="dimmed">
            {t('request.zipNote')}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={busy} disabled={!letter && !form}>
            {t('request.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
