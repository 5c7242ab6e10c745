import { Checkbox, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitId } from '../../../../shared/domain/ids';
import type { Person } from '../../../../shared/domain/masterData';
import { formatNip } from '../../../../shared/domain/nip';
import { nipProblem } from '../../../../shared/domain/nipValidation';
import { RANKS } from '../../../../shared/domain/ranks';
import { FormModal } from '../../components/kit/FormModal';
import { NameField } from '../../components/kit/NameField';
import type { FormDraft } from '../../components/kit/useFormDraft';
import { useAppStore } from '../../store';

type Props = Readonly<{ opened: boolean; onClose: () => void; person?: Person }>;

type Values = {
  name: string;
  nip: string;
  rankCode: string | null;
  position: string;
  unitId: string | null;
  phone: string;
  email: string;
  isPolitical: boolean;
};

const RANK_OPTIONS = RANKS.map((rank) => ({ value: rank.code, label: rank.label }));

export function PersonFormModal({ opened, onClose, person }: Props) {
  const { t } = useTranslation('masterData');
  const savePerson = useAppStore((s) => s.savePerson);
  const initial = useMemo<Values>(
    () => ({
      name: person?.name ?? '',
      nip: person?.nip ? formatNip(person.nip) : '',
      rankCode: person?.rankCode ?? null,
      position: person?.position ?? '',
      unitId: person?.unitId ?? null,
      phone: person?.phone ?? '',
      email: person?.email ?? '',
      isPolitical: person?.isPolitical ?? false,
    }),
    [person],
  );
  // A political official has neither NIP nor rank, whatever was typed before the box was ticked.
  const submit = (v: Values) =>
    savePerson(
      {
        name: v.name,
        nip: v.isPolitical || v.nip.trim() === '' ? null : v.nip,
        rankCode: v.isPolitical ? null : v.rankCode,
        position: v.position,
        unitId: v.unitId as UnitId | null,
        phone: v.phone,
        email: v.email,
        isPolitical: v.isPolitical,
      },
      person?.id,
    );
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={person ? t('people.editTitle') : t('people.createTitle')}
      draftName={`person:${person?.id ?? 'new'}`}
      initial={initial}
      onSubmit={submit}
      savedMessage={(saved) => (person ? t('toast.saved') : t('toast.created', { name: saved.name }))}
    >
      {(form) => <PersonFields form={form} ownUnitId={person?.unitId ?? null} />}
    </FormModal>
  );
}

function PersonFields({ form, ownUnitId }: Readonly<{ form: FormDraft<Values>; ownUnitId: string | null }>) {
  const { t } = useTranslation('masterData');
  const units = useAppStore((s) => s.units);
  const [nipError, setNipError] = useState<string | null>(null);
  const { values, change, bind } = form;

  // Inactive units stay out of the list, except the one this person already belongs to.
  const unitOptions = useMemo(
    () =>
      units
        .filter((u) => u.active || u.id === ownUnitId)
        .map((u) => ({
          value: u.id,
          label: u.shortName && u.shortName !== u.name ? `${u.name} (${u.shortName})` : u.name,
        })),
    [units, ownUnitId],
  );
  const checkNip = () => setNipError(values.nip.trim() === '' || values.isPolitical ? null : nipProblem(values.nip));

  return (
    <>
      <NameField label={t('people.fields.name')} description={t('people.fields.nameHelp')} {...bind('name')} />
      <Checkbox
        label={t('people.fields.isPolitical')}
        description={t('people.fields.isPoliticalHelp')}
        checked={values.isPolitical}
        onChange={(event) => {
          change('isPolitical', event.currentTarget.checked);
          setNipError(null);
        }}
      />
      <SimpleGrid cols={2}>
        <TextInput
          label={t('people.fields.nip')}
          description={t('people.fields.nipHelp')}
          placeholder="19680204 199103 1 005"
          value={values.isPolitical ? '' : values.nip}
          onChange={(event) => change('nip', event.currentTarget.value)}
          onBlur={checkNip}
          error={nipError}
          disabled={values.isPolitical}
          inputMode="numeric"
        />
        <Select
          label={t('people.fields.rank')}
          description={t('people.fields.rankHelp')}
          data={RANK_OPTIONS}
          value={values.isPolitical ? null : values.rankCode}
          onChange={(value) => change('rankCode', value)}
          disabled={values.isPolitical}
          searchable
          clearable
        />
      </SimpleGrid>
      <TextInput label={t('people.fields.position')} {...bind('position')} />
      <Select
        label={t('people.fields.unit')}
        data={unitOptions}
        value={values.unitId}
        onChange={(value) => change('unitId', value)}
        searchable
        clearable
        nothingFoundMessage={t('noOptions')}
      />
      <SimpleGrid cols={2}>
        <TextInput label={t('people.fields.phone')} {...bind('phone')} type="tel" />
        <TextInput label={t('people.fields.email')} {...bind('email')} type="email" />
      </SimpleGrid>
    </>
  );
}
