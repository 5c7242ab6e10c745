import { Card, Checkbox, Grid, Radio, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  withNotulaLayout,
  type InstansiProfile,
  type NotulaLayout,
  type NotulaOptions,
  PAPER_SIZES,
  type SignatureLayout,
  TITLE_LABELS,
} from '../../../../shared/domain/instansi';
import { SegmentedField } from '../../components/kit/SegmentedField';
import { InstansiLoader } from './InstansiLoader';
import { InstansiSaveBar } from './InstansiSaveBar';
import { InvitationSettings } from './InvitationSettings';
import { KopPreviewPane } from './KopPreviewPane';
import { useInstansiDraft } from './useInstansiDraft';
import { OfficeTemplatesCard } from './templates/OfficeTemplatesCard';
import { ProfileSelect } from './ProfileSelect';

/** Arial 12 is the rule for naskah dinas khusus; the others are what pemda templates also use. */
const FONTS = ['Arial', 'Bookman Old Style', 'Times New Roman', 'Tahoma', 'Calibri'];

/** Pengaturan > Dokumen: paper, font, title, layout model, optional rows and signature sides. */
export function DocumentSettings() {
  const state = useInstansiDraft();
  return (
    <Stack gap="lg">
      <InstansiLoader draft={state.draft} load={state.load} onRetry={() => void state.reload()}>
        {(draft) => <DocumentForm {...state} draft={draft} />}
      </InstansiLoader>
      <OfficeTemplatesCard />
    </Stack>
  );
}

type FormProps = Readonly<{ draft: InstansiProfile }> & Omit<ReturnType<typeof useInstansiDraft>, 'draft'>;

function DocumentForm({ draft, edit, discard, dirty, submit, saving, error }: FormProps) {
  const { t } = useTranslation('settings');
  const notula = (patch: Partial<NotulaOptions>) => edit({ notula: { ...draft.notula, ...patch } });
  const fonts = FONTS.includes(draft.fontFamily) ? FONTS : [draft.fontFamily, ...FONTS];
  // Kertas and Judul: two choices each, side by side, labelled `document.<key>` with help `document.<key>Help`.
  const segmented = <K extends 'paper' | 'titleLabel'>(key: K, data: ReadonlyArray<InstansiProfile[K]>) => (
    <SegmentedField
      label={t(`document.${key}`)}
      description={t(`document.${key}Help`)}
      value={draft[key]}
      onChange={(value) => edit({ [key]: value } as Pick<InstansiProfile, K>)}
      data={data}
      fullWidth
    />
  );
  const optional: ReadonlyArray<[keyof Omit<NotulaOptions, 'layout'>, string]> = [
    ['showPlace', t('document.rows.showPlace')],
    [
      'showCallTimeOrInvitation',
      draft.notula.layout === 'LAMA' ? t('document.rows.callTime') : t('document.rows.invitation'),
    ],
    ['showNotulisSignature', t('document.rows.showNotulisSignature')],
    ['showPlaceDateLine', t('document.rows.showPlaceDateLine', { city: draft.city || t('document.rows.noCity') })],
    ['readyForTte', t('document.rows.readyForTte')],
  ];

  return (
    <form onSubmit={submit} noValidate>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="sm">
            <SimpleGrid cols={2} spacing="sm">
              {segmented('paper', PAPER_SIZES)}
              {segmented('titleLabel', TITLE_LABELS)}
            </SimpleGrid>
            <ProfileSelect field="fontFamily" label="document.font" data={fonts} maw={320} />
            <Card withBorder>
              <Radio.Group
                label={
                  <Title order={3} size="h6">
                    {t('document.layout')}
                  </Title>
                }
                description={t('document.layoutHelp')}
                value={draft.notula.layout}
                onChange={(value) => edit({ notula: withNotulaLayout(draft.notula, value as NotulaLayout) })}
              >
                <Stack gap={6} mt="xs">
                  <Radio
                    value="PERMENDAGRI_2023"
                    label={t('document.layoutNew')}
                    description={t('document.layoutNewHelp')}
                  />
                  <Radio value="LAMA" label={t('document.layoutOld')} description={t('document.layoutOldHelp')} />
                </Stack>
              </Radio.Group>
              <Text size="sm" fw={500} mt="md" mb={4} id="optional-rows">
                {t('document.rowsTitle')}
              </Text>
              <Stack gap={6} role="group" aria-labelledby="optional-rows">
                {optional.map(([key, label]) => (
                  <Checkbox
                    key={key}
                    label={label}
                    checked={draft.notula[key]}
                    onChange={(event) => notula({ [key]: event.currentTarget.checked })}
                  />
                ))}
              </Stack>
            </Card>
            <Radio.Group
              label={t('document.signature')}
              value={draft.signatureLayout}
              onChange={(value) => edit({ signatureLayout: value as SignatureLayout })}
            >
              <Stack gap={6} mt={4}>
                <Radio value="NOTULIS_KIRI" label={t('document.signatureNotulisLeft')} />
                <Radio value="PIMPINAN_KIRI" label={t('document.signatureChairLeft')} />
              </Stack>
            </Radio.Group>
            <InvitationSettings draft={draft} edit={edit} />
            <Checkbox
              label={t('document.verificationFooter')}
              description={t('document.verificationFooterHelp')}
              checked={draft.verificationFooter}
              onChange={(event) => edit({ verificationFooter: event.currentTarget.checked })}
            />
            <InstansiSaveBar dirty={dirty} saving={saving} error={error} onDiscard={discard} />
          </Stack>
        </Grid.Col>
        <KopPreviewPane
          draft={draft}
          help={t('document.previewHelp', { paper: draft.paper, font: draft.fontFamily })}
        />
      </Grid>
    </form>
  );
}
