import { Alert, Button, Grid, Group, Modal, MultiSelect, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonId, TemplateId, UnitId } from '../../../../shared/domain/ids';
import type { RoleAssignment } from '../../../../shared/domain/meeting';
import { EMPTY_SERIES_DEFAULTS, type Series, type SeriesDefaults } from '../../../../shared/domain/series';
import { useAppStore } from '../../store';
import { RolePicker } from '../../components/RolePicker';
import { useMasterDataOptions } from '../../components/useMasterDataOptions';

type Props = Readonly<{ opened: boolean; onClose: () => void; series?: Series }>;

export function SeriesFormModal({ opened, onClose, series }: Props) {
  const { t } = useTranslation('series');
  return (
    <Modal opened={opened} onClose={onClose} title={series ? t('form.editTitle') : t('form.createTitle')} centered size="xl">
      {opened && <SeriesForm series={series} onDone={onClose} />}
    </Modal>
  );
}

function SeriesForm({ series, onDone }: Readonly<{ series?: Series; onDone: () => void }>) {
  const { t } = useTranslation(['series', 'common']);
  const options = useMasterDataOptions();
  const templates = useAppStore((s) => s.templates);
  const createSeries = useAppStore((s) => s.createSeries);
  const updateSeries = useAppStore((s) => s.updateSeries);
  const [title, setTitle] = useState(series?.title ?? '');
  const [cadence, setCadence] = useState<number | string>(series?.cadenceMonths ?? 2);
  const [defaults, setDefaults] = useState<SeriesDefaults>(series?.defaults ?? EMPTY_SERIES_DEFAULTS);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const set = <K extends keyof SeriesDefaults>(key: K, value: SeriesDefaults[K]) => setDefaults((d) => ({ ...d, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const fields = { title, cadenceMonths: typeof cadence === 'number' ? cadence : Number.NaN, defaults };
    const result = series ? await updateSeries({ id: series.id, ...fields }) : await createSeries(fields);
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    notifications.show({ color: 'green', message: t(series ? 'form.updated' : 'form.created', { title: result.value.title }) });
    onDone();
  }

  const role = (key: 'chair' | 'secretary' | 'notulis') => (
    <RolePicker label={t(`form.${key}`)} value={defaults[key]} onChange={(value: RoleAssignment) => set(key, value)} options={options.personPickerOptions} />
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {(error ?? options.error) && (
          <Alert color="red" role="alert">
            {error ?? options.error}
          </Alert>
        )}
        <Grid gap="sm">
          <Grid.Col span={8}>
            <TextInput
              label={t('form.name')}
              placeholder={t('form.namePlaceholder')}
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              required
              data-autofocus
            />
          </Grid.Col>
          <Grid.Col span={4}>
            <NumberInput label={t('form.cadence')} value={cadence} onChange={setCadence} min={1} max={12} allowDecimal={false} required />
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
          <Grid.Col span={12}>
            <MultiSelect
              label={t('form.units')}
              data={[...options.unitOptions]}
              value={[...defaults.inviteUnitIds]}
              onChange={(values) => set('inviteUnitIds', values as UnitId[])}
              searchable
              clearable
              hidePickedOptions
              maxDropdownHeight={220}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <MultiSelect
              label={t('form.people')}
              data={[...options.personOptions]}
              value={[...defaults.invitePersonIds]}
              onChange={(values) => set('invitePersonIds', values as PersonId[])}
              searchable
              clearable
              hidePickedOptions
              maxDropdownHeight={220}
            />
          </Grid.Col>
        </Grid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
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
