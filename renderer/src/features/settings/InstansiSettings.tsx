import { ActionIcon, Card, Grid, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { TIME_ZONES, type IndonesianTimeZone, type InstansiProfile } from '../../../../shared/domain/instansi';
import { ToolButton } from '../../components/kit/ToolButton';
import type { BoundText } from '../../components/kit/useFormDraft';
import { InstansiLoader } from './InstansiLoader';
import { InstansiSaveBar } from './InstansiSaveBar';
import { KopPreviewPane } from './KopPreviewPane';
import { LogoDropZone } from './LogoDropZone';
import { ProfileSelect } from './ProfileSelect';
import { useInstansiDraft } from './useInstansiDraft';

const MAX_KOP_LINES = 5;

/** Pengaturan > Instansi: the kop, contacts, city and time zone, with the kop drawn live beside the form. */
export function InstansiSettings() {
  const state = useInstansiDraft();
  return (
    <InstansiLoader draft={state.draft} load={state.load} onRetry={() => void state.reload()}>
      {(draft) => <InstansiForm {...state} draft={draft} />}
    </InstansiLoader>
  );
}

type FormProps = Readonly<{ draft: InstansiProfile }> & Omit<ReturnType<typeof useInstansiDraft>, 'draft'>;

function InstansiForm({ draft, edit, discard, dirty, submit, saving, error }: FormProps) {
  const { t } = useTranslation('settings');
  // `{...bind('city')}` on a TextInput: the draft's text, and her typing written back, like a kit form's bind.
  const bind = (key: 'address' | 'phone' | 'email' | 'website' | 'city'): BoundText => ({
    value: draft[key],
    onChange: (event) => edit({ [key]: event.currentTarget.value }),
  });
  const setLine = (index: number, value: string) =>
    edit({ kopLines: draft.kopLines.map((line, i) => (i === index ? value : line)) });
  const zoneOptions = (Object.keys(TIME_ZONES) as IndonesianTimeZone[]).map((zone) => ({
    value: zone,
    label: `${TIME_ZONES[zone]} (${t(`instansi.zones.${TIME_ZONES[zone]}`)}) — ${zone.slice(zone.indexOf('/') + 1)}`,
  }));

  return (
    <form onSubmit={submit} noValidate>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="sm">
            <Card withBorder component="fieldset" aria-labelledby="kop-title" style={{ margin: 0 }}>
              <Title order={3} size="h5" id="kop-title">
                {t('instansi.kopTitle')}
              </Title>
              <Text size="xs" c="dimmed" mb="xs">
                {t('instansi.kopHelp')}
              </Text>
              <Stack gap={6}>
                {draft.kopLines.map((line, index) => (
                  <Group key={index} gap={6} wrap="nowrap" align="flex-end">
                    <TextInput
                      label={t('instansi.kopLine', { n: index + 1 })}
                      value={line}
                      onChange={(event) => setLine(index, event.currentTarget.value)}
                      style={{ flex: 1 }}
                    />
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      size="lg"
                      aria-label={t('instansi.kopRemove', { n: index + 1 })}
                      disabled={draft.kopLines.length <= 1}
                      onClick={() => edit({ kopLines: draft.kopLines.filter((_, i) => i !== index) })}
                    >
                      <IconX size={16} aria-hidden />
                    </ActionIcon>
                  </Group>
                ))}
                <Group>
                  <ToolButton
                    icon={IconPlus}
                    label={t('instansi.kopAdd')}
                    variant="subtle"
                    disabled={draft.kopLines.length >= MAX_KOP_LINES}
                    onClick={() => edit({ kopLines: [...draft.kopLines, ''] })}
                  />
                </Group>
              </Stack>
            </Card>
            <TextInput label={t('instansi.address')} {...bind('address')} />
            <SimpleGrid cols={2} spacing="sm">
              <TextInput label={t('instansi.phone')} {...bind('phone')} type="tel" />
              <TextInput label={t('instansi.email')} {...bind('email')} type="email" />
              <TextInput label={t('instansi.website')} {...bind('website')} />
              <TextInput label={t('instansi.city')} description={t('instansi.cityHelp')} {...bind('city')} />
            </SimpleGrid>
            <ProfileSelect field="timeZone" label="instansi.timeZone" data={zoneOptions} maw={360} />
            <LogoDropZone value={draft.logoDataUrl} onChange={(logoDataUrl) => edit({ logoDataUrl })} />
            <LogoDropZone
              emblem="garuda"
              value={draft.garudaDataUrl}
              onChange={(garudaDataUrl) => edit({ garudaDataUrl })}
            />
            <InstansiSaveBar dirty={dirty} saving={saving} error={error} onDiscard={discard} />
          </Stack>
        </Grid.Col>
        <KopPreviewPane draft={draft} help={t('instansi.previewHelp')} />
      </Grid>
    </form>
  );
}
