import { Card, Checkbox, NumberInput, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { INVITATION_FORMS, type InstansiProfile, type InvitationOptions } from '../../../../shared/domain/instansi';
import { SegmentedField } from '../../components/kit/SegmentedField';

type Props = Readonly<{ draft: InstansiProfile; edit: (patch: Partial<InstansiProfile>) => void }>;

/** Pengaturan > Dokumen: how the Surat Undangan is written (SRIKANDI mode, "daftar terlampir" threshold). */
export function InvitationSettings({ draft, edit }: Props) {
  const { t } = useTranslation('letter');
  const invitation = (patch: Partial<InvitationOptions>) => edit({ invitation: { ...draft.invitation, ...patch } });
  return (
    <Card withBorder padding="sm" component="fieldset" aria-labelledby="invitation-settings-title">
      <Stack gap="xs">
        <Text size="sm" fw={500} id="invitation-settings-title">
          {t('settings.title')}
        </Text>
        <SegmentedField
          label={t('settings.form')}
          description={t('settings.formHelp')}
          value={draft.invitation.form}
          onChange={(form) => invitation({ form })}
          data={INVITATION_FORMS.map((form) => ({ value: form, label: t(`panel.forms.${form}`) }))}
        />
        <Checkbox
          label={t('settings.srikandi')}
          description={t('settings.srikandiHelp')}
          checked={draft.invitation.srikandi}
          onChange={(event) => invitation({ srikandi: event.currentTarget.checked })}
        />
        <NumberInput
          label={t('settings.threshold')}
          description={t('settings.thresholdHelp')}
          value={draft.invitation.listThreshold}
          onChange={(value) => {
            if (typeof value === 'number' && Number.isInteger(value) && value >= 1)
              invitation({ listThreshold: value });
          }}
          min={1}
          max={100}
          allowDecimal={false}
          w={200}
        />
      </Stack>
    </Card>
  );
}
