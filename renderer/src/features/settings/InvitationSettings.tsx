import { Card, Checkbox, NumberInput, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  INVITATION_FORMS,
  type InstansiProfile,
  type InvitationForm,
  type InvitationOptions,
} from '../../../../shared/domain/instansi';

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
        <div>
          <Text size="sm" fw={500} id="invitation-form-label">
            {t('settings.form')}
          </Text>
          <Text size="xs" c="dimmed" mb={4}>
            {t('settings.formHelp')}
          </Text>
          <SegmentedControl
            aria-labelledby="invitation-form-label"
            value={draft.invitation.form}
            onChange={(value) => invitation({ form: value as InvitationForm })}
            data={INVITATION_FORMS.map((form) => ({ value: form, label: t(`panel.forms.${form}`) }))}
          />
        </div>
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
