import { Alert, Grid, MultiSelect, NumberInput, Select } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateId } from '../../../../shared/domain/ids';
import type { RoleAssignment } from '../../../../shared/domain/meeting';
import { EMPTY_SERIES_DEFAULTS, type Series, type SeriesDefaults } from '../../../../shared/domain/series';
import { FormModal } from '../../components/kit/FormModal';
import { NameField } from '../../components/kit/NameField';
import type { FormDraft } from '../../components/kit/useFormDraft';
import { useAppStore } from '../../store';
import { RolePicker } from '../../components/RolePicker';
import { useMasterDataOptions } from '../../components/useMasterDataOptions';

type Props = Readonly<{ opened: boolean; onClose: () => void; series?: Series }>;

type Values = { title: string; cadence: string; defaults: SeriesDefaults };

export function SeriesFormModal({ opened, onClose, series }: Props) {
  const { t } = useTranslation('series');
  const createSeries = useAppStore((s) => s.createSeries);
  const updateSeries = useAppStore((s) => s.updateSeries);
  const initial = useMemo<Values>(
    () => ({
      title: series?.title ?? '',
      cadence: String(series?.cadenceMonths ?? 2),
      defaults: series?.defaults ?? EMPTY_SERIES_DEFAULTS,
    }),
    [series],
  );
  const submit = (v: Values) => {
    const fields = {
      title: v.title,
      cadenceMonths: v.cadence.trim() === '' ? Number.NaN : Number(v.cadence),
      defaults: v.defaults,
    };
    return series ? updateSeries({ id: series.id, ...fields }) : createSeries(fields);
  };
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={series ? t('form.editTitle') : t('form.createTitle')}
      size="xl"
      draftName={`series:${series?.id ?? 'new'}`}
      initial={initial}
      onSubmit={submit}
      savedMessage={(saved) => t(series ? 'form.updated' : 'form.created', { title: saved.title })}
    >
      {(form) => <SeriesFields form={form} />}
    </FormModal>
  );
}

function SeriesFields({ form }: Readonly<{ form: FormDraft<Values> }>) {
  const { t } = useTranslation(['series', 'common']);
  const options = useMasterDataOptions();
  const templates = useAppStore((s) => s.templates);
  const { values, change, bind } = form;
  const defaults = values.defaults;
  const set = <K extends keyof SeriesDefaults>(key: K, value: SeriesDefaults[K]) =>
    change('defaults', { ...defaults, [key]: value });

  const role = (key: 'chair' | 'secretary' | 'notulis') => (
    <RolePicker
      label={t(`form.${key}`)}
      value={defaults[key]}
      onChange={(value: RoleAssignment) => set(key, value)}
      options={options.personPickerOptions}
    />
  );

  // Who each meeting of the series invites: OPD and officials, picked the same way.
  const invitees = <K extends 'inviteUnitIds' | 'invitePersonIds'>(
    key: K,
    label: string,
    data: ReadonlyArray<Readonly<{ value: string; label: string }>>,
  ) => (
    <MultiSelect
      label={label}
      data={[...data]}
      value={[...defaults[key]]}
      // The options' values are the records' ids (UnitId, PersonId), as main sent them.
      onChange={(picked) => set(key, picked as unknown as SeriesDefaults[K])}
      searchable
      clearable
      hidePickedOptions
      maxDropdownHeight={220}
    />
  );

  return (
    <>
      {options.error && (
        <Alert color="red" role="alert">
          {options.error}
        </Alert>
      )}
      <Grid gap="sm">
        <Grid.Col span={8}>
          <NameField label={t('form.name')} placeholder={t('form.namePlaceholder')} {...bind('title')} />
        </Grid.Col>
        <Grid.Col span={4}>
          <NumberInput
            label={t('form.cadence')}
            value={values.cadence}
            onChange={(value) => change('cadence', String(value))}
            min={1}
            max={12}
            allowDecimal={false}
            required
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <Select
            label={t('form.template')}
            placeholder={t('form.templatePlaceholder')}
            data={templates.map((template) => ({ value: template.id, label: template.name }))}
            value={defaults.templateId}
            onChange={(value) => set('templateId', value as TemplateId | null)}
            clearable
          />
        </Grid.Col>
        <Grid.Col span={4}>{role('chair')}</Grid.Col>
        <Grid.Col span={4}>{role('secretary')}</Grid.Col>
        <Grid.Col span={4}>{role('notulis')}</Grid.Col>
        <Grid.Col span={12}>{invitees('inviteUnitIds', t('form.units'), options.unitOptions)}</Grid.Col>
        <Grid.Col span={12}>{invitees('invitePersonIds', t('form.people'), options.personOptions)}</Grid.Col>
      </Grid>
    </>
  );
}
