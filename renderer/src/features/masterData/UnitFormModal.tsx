import { Group, Select, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../../shared/domain/masterData';
import { FormModal } from '../../components/kit/FormModal';
import { NameField } from '../../components/kit/NameField';
import type { FormDraft } from '../../components/kit/useFormDraft';
import { useAppStore } from '../../store';
import { useKindOptions } from './unitKinds';

type Props = Readonly<{ opened: boolean; onClose: () => void; unit?: Unit }>;

export function UnitFormModal({ opened, onClose, unit }: Props) {
  const { t } = useTranslation('masterData');
  const saveUnit = useAppStore((s) => s.saveUnit);
  const initial = useMemo(
    () => ({
      code: unit?.code ?? '',
      name: unit?.name ?? '',
      shortName: unit?.shortName ?? '',
      kind: unit?.kind ?? 'dinas',
    }),
    [unit],
  );
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={unit ? t('units.editTitle') : t('units.createTitle')}
      draftName={`unit:${unit?.id ?? 'new'}`}
      initial={initial}
      onSubmit={(values) => saveUnit({ ...values, code: values.code.trim() || null }, unit?.id)}
      savedMessage={(saved) => (unit ? t('toast.saved') : t('toast.created', { name: saved.name }))}
    >
      {(form) => <UnitFields form={form} />}
    </FormModal>
  );
}

type Values = Readonly<{ code: string; name: string; shortName: string; kind: string }>;

function UnitFields({ form: { values: form, change, bind } }: Readonly<{ form: FormDraft<Values> }>) {
  const { t } = useTranslation('masterData');
  const kindOptions = useKindOptions(form.kind);
  return (
    <>
      <NameField label={t('units.fields.name')} placeholder={t('units.fields.namePlaceholder')} {...bind('name')} />
      <Group grow align="flex-start">
        <TextInput
          label={t('units.fields.shortName')}
          placeholder={t('units.fields.shortNamePlaceholder')}
          {...bind('shortName')}
        />
        <TextInput
          label={t('units.fields.code')}
          description={t('units.fields.codeHelp')}
          placeholder="DINKES"
          {...bind('code')}
        />
      </Group>
      <Select
        label={t('units.fields.kind')}
        data={kindOptions}
        value={form.kind}
        onChange={(value) => change('kind', value ?? '')}
        allowDeselect={false}
      />
    </>
  );
}
