import { Button, Card, Checkbox, Grid, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { useMemo, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PanelHeader } from '../../components/kit/PanelHeader';
import { LongDateInput } from '../../components/LongDateInput';
import { TIME_ZONES, type IndonesianTimeZone } from '../../../../shared/domain/instansi';
import {
  MEETING_KINDS,
  MEETING_SIFAT,
  MEETING_SIFAT_LABELS,
  type MeetingDetail,
  type RoleAssignment,
} from '../../../../shared/domain/meeting';
import { DraftNotice } from '../../components/kit/DraftNotice';
import { useAction } from '../../components/kit/useAction';
import { useFormDraft } from '../../components/kit/useFormDraft';
import { useAppStore } from '../../store';
import { ClockInput } from '../../components/ClockInput';
import { formFromDetail, inputFromForm, type IdentityFormState } from './identityFormModel';
import { RolePicker } from '../../components/RolePicker';
import { withChosen, type MasterDataOptions, type PersonPickerOption } from '../../components/useMasterDataOptions';
import { ErrorAlert } from '../../components/kit/ErrorAlert';

const SIFAT_OPTIONS = MEETING_SIFAT.map((sifat) => ({ value: sifat, label: MEETING_SIFAT_LABELS[sifat] }));
const ZONE_OPTIONS = (Object.keys(TIME_ZONES) as IndonesianTimeZone[]).map((zone) => ({
  value: zone,
  label: `${TIME_ZONES[zone]} (${zone})`,
}));

function chosenOption(official: MeetingDetail['chair']): PersonPickerOption | null {
  return official === null ? null : { value: official.personId, label: official.name, position: official.position };
}

function clock(ms: number): string {
  const date = new Date(ms);
  return `${String(date.getHours()).padStart(2, '0')}.${String(date.getMinutes()).padStart(2, '0')}`;
}

/** The Notula's identity rows, saved whole with one button; what she typed is kept until then. */
export function IdentityForm({ meeting, options }: Readonly<{ meeting: MeetingDetail; options: MasterDataOptions }>) {
  const { t } = useTranslation('meeting');
  const updateIdentity = useAppStore((s) => s.updateIdentity);
  const initial = useMemo(() => formFromDetail(meeting), [meeting]);
  // Kept as a draft per meeting: a tab switch, a reload or a restart gives her typing back.
  const {
    values: form,
    change,
    bind,
    field,
    choice,
    dirty,
    restoredAt,
    reset,
    discard,
  } = useFormDraft<IdentityFormState>(`identity:${meeting.id}`, initial);
  const { run, busy, error } = useAction(updateIdentity);
  const people = (official: MeetingDetail['chair']) => withChosen(options.personPickerOptions, chosenOption(official));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await run(inputFromForm(meeting.id, form));
    if (!result.ok) return;
    reset(formFromDetail(result.value));
    notifications.show({ color: 'green', message: t('identity.saved') });
  }

  const role = (key: 'chair' | 'secretary' | 'notulis') => (
    <RolePicker
      label={t(`identity.${key}`)}
      value={form[key]}
      onChange={(value: RoleAssignment) => change(key, value)}
      options={people(meeting[key])}
      listWhenOpen
    />
  );

  return (
    <Card withBorder component="section" aria-labelledby="identity-title">
      <form onSubmit={submit} noValidate>
        <PanelHeader
          id="identity-title"
          title={t('identity.title')}
          help={t('identity.help')}
          actions={
            <Group gap="sm">
              <Text size="sm" c="dimmed" aria-live="polite">
                {dirty ? t('identity.unsaved') : t('identity.savedAt', { time: clock(meeting.updatedAt) })}
              </Text>
              <Button type="submit" loading={busy}>
                {t('identity.save')}
              </Button>
            </Group>
          }
        />
        <Stack gap="sm" mb={error || restoredAt !== null ? 'sm' : 0}>
          {restoredAt !== null && <DraftNotice savedAt={restoredAt} onDiscard={discard} />}
          <ErrorAlert message={error} />
        </Stack>
        <Grid gap="sm">
          <Grid.Col span={2}>
            <Select label={t('identity.kind')} data={[...MEETING_KINDS]} {...choice('kind')} />
          </Grid.Col>
          <Grid.Col span={10}>
            <TextInput label={t('identity.name')} {...bind('title')} required />
          </Grid.Col>
          <Grid.Col span={4}>
            <LongDateInput label={t('identity.date')} {...field('date')} />
          </Grid.Col>
          <Grid.Col span={8}>
            <TextInput label={t('identity.place')} placeholder={t('identity.placePlaceholder')} {...bind('place')} />
          </Grid.Col>
          <Grid.Col span={3}>
            <ClockInput label={t('identity.callTime')} {...field('callTime')} />
          </Grid.Col>
          <Grid.Col span={3}>
            <ClockInput label={t('identity.startTime')} {...field('startTime')} />
          </Grid.Col>
          <Grid.Col span={3}>
            <ClockInput
              label={t('identity.endTime')}
              value={form.untilDone ? '' : form.endTime}
              onChange={(value) => change('endTime', value)}
              disabled={form.untilDone}
            />
            <Checkbox
              mt={6}
              size="xs"
              label={t('identity.untilDone')}
              checked={form.untilDone}
              onChange={(e) => change('untilDone', e.currentTarget.checked)}
            />
          </Grid.Col>
          <Grid.Col span={3}>
            <Select label={t('identity.timeZone')} data={ZONE_OPTIONS} {...choice('timeZone')} />
          </Grid.Col>
          <Grid.Col span={5}>
            <TextInput
              label={t('identity.invitationNumber')}
              placeholder={t('identity.invitationNumberPlaceholder')}
              {...bind('invitationNumber')}
            />
          </Grid.Col>
          <Grid.Col span={4}>
            <DateInput
              label={t('identity.invitationDate')}
              {...field('invitationDate')}
              valueFormat="D MMMM YYYY"
              clearable
            />
          </Grid.Col>
          <Grid.Col span={3}>
            <Select label={t('identity.sifat')} data={SIFAT_OPTIONS} {...choice('sifat')} />
          </Grid.Col>
          <Grid.Col span={12}>
            <Text fw={600} size="sm" mt="xs">
              {t('identity.leaders')}
            </Text>
          </Grid.Col>
          <Grid.Col span={4}>{role('chair')}</Grid.Col>
          <Grid.Col span={4}>{role('secretary')}</Grid.Col>
          <Grid.Col span={4}>{role('notulis')}</Grid.Col>
        </Grid>
      </form>
    </Card>
  );
}
