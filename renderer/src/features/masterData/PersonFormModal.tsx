import { Alert, Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitId } from '../../../../shared/domain/ids';
import type { Person } from '../../../../shared/domain/masterData';
import { formatNip } from '../../../../shared/domain/nip';
import { nipProblem } from '../../../../shared/domain/nipValidation';
import { RANKS } from '../../../../shared/domain/ranks';
import { useAppStore } from '../../store';

type Props = Readonly<{ opened: boolean; onClose: () => void; person?: Person }>;

export function PersonFormModal({ opened, onClose, person }: Props) {
  const { t } = useTranslation('masterData');
  return (
    <Modal opened={opened} onClose={onClose} title={person ? t('people.editTitle') : t('people.createTitle')} centered size="lg">
      {opened && <PersonForm person={person} onDone={onClose} />}
    </Modal>
  );
}

const RANK_OPTIONS = RANKS.map((rank) => ({ value: rank.code, label: rank.label }));

function PersonForm({ person, onDone }: Readonly<{ person?: Person; onDone: () => void }>) {
  const { t } = useTranslation(['masterData', 'common']);
  const savePerson = useAppStore((s) => s.savePerson);
  const units = useAppStore((s) => s.units);
  const [name, setName] = useState(person?.name ?? '');
  const [nip, setNip] = useState(person?.nip ? formatNip(person.nip) : '');
  const [nipError, setNipError] = useState<string | null>(null);
  const [rankCode, setRankCode] = useState<string | null>(person?.rankCode ?? null);
  const [position, setPosition] = useState(person?.position ?? '');
  const [unitId, setUnitId] = useState<string | null>(person?.unitId ?? null);
  const [phone, setPhone] = useState(person?.phone ?? '');
  const [email, setEmail] = useState(person?.email ?? '');
  const [isPolitical, setIsPolitical] = useState(person?.isPolitical ?? false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Inactive units stay out of the list, except the one this person already belongs to.
  const unitOptions = useMemo(
    () =>
      units
        .filter((u) => u.active || u.id === person?.unitId)
        .map((u) => ({ value: u.id, label: u.shortName && u.shortName !== u.name ? `${u.name} (${u.shortName})` : u.name })),
    [units, person?.unitId],
  );

  const checkNip = () => setNipError(nip.trim() === '' || isPolitical ? null : nipProblem(nip));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await savePerson(
      {
        name,
        nip: isPolitical || nip.trim() === '' ? null : nip,
        rankCode: isPolitical ? null : rankCode,
        position,
        unitId: unitId as UnitId | null,
        phone,
        email,
        isPolitical,
      },
      person?.id,
    );
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    notifications.show({ color: 'green', message: person ? t('toast.saved') : t('toast.created', { name: result.value.name }) });
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
          label={t('people.fields.name')}
          description={t('people.fields.nameHelp')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          required
          data-autofocus
        />
        <Checkbox
          label={t('people.fields.isPolitical')}
          description={t('people.fields.isPoliticalHelp')}
          checked={isPolitical}
          onChange={(event) => {
            setIsPolitical(event.currentTarget.checked);
            setNipError(null);
          }}
        />
        <SimpleGrid cols={2}>
          <TextInput
            label={t('people.fields.nip')}
            description={t('people.fields.nipHelp')}
            placeholder="19680204 199103 1 005"
            value={isPolitical ? '' : nip}
            onChange={(event) => setNip(event.currentTarget.value)}
            onBlur={checkNip}
            error={nipError}
            disabled={isPolitical}
            inputMode="numeric"
          />
          <Select
            label={t('people.fields.rank')}
            description={t('people.fields.rankHelp')}
            data={RANK_OPTIONS}
            value={isPolitical ? null : rankCode}
            onChange={setRankCode}
            disabled={isPolitical}
            searchable
            clearable
          />
        </SimpleGrid>
        <TextInput label={t('people.fields.position')} value={position} onChange={(event) => setPosition(event.currentTarget.value)} />
        <Select
          label={t('people.fields.unit')}
          data={unitOptions}
          value={unitId}
          onChange={setUnitId}
          searchable
          clearable
          nothingFoundMessage={t('noOptions')}
        />
        <SimpleGrid cols={2}>
          <TextInput label={t('people.fields.phone')} value={phone} onChange={(event) => setPhone(event.currentTarget.value)} type="tel" />
          <TextInput label={t('people.fields.email')} value={email} onChange={(event) => setEmail(event.currentTarget.value)} type="email" />
        </SimpleGrid>
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
