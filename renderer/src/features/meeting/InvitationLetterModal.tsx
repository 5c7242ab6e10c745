import { Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { DEFAULT_CLOSING, defaultOpening, type InvitationLetter } from '../../../../shared/domain/invitationLetter';
import type { RoleAssignment } from '../../../../shared/domain/meeting';
import { FormModal } from '../../components/kit/FormModal';
import { RolePicker } from '../../components/RolePicker';
import type { PersonPickerOption } from '../../components/useMasterDataOptions';
import { useAppStore } from '../../store';

type LetterForm = {
  hal: string;
  lampiran: string;
  addressee: string;
  opening: string;
  closing: string;
  tembusan: string;
  signer: RoleAssignment;
  onBehalfOf: string;
};

type Props = Readonly<{
  opened: boolean;
  onClose: () => void;
  letter: InvitationLetter;
  meetingTitle: string;
  people: ReadonlyArray<PersonPickerOption>;
}>;

/**
 * The letter's own words. Every text left empty prints the standard one (shown as the
 * placeholder), which follows the meeting's title, so a changed title never leaves a stale
 * sentence behind.
 */
export function InvitationLetterModal({ opened, onClose, letter, meetingTitle, people }: Props) {
  const { t } = useTranslation('letter');
  const updateLetter = useAppStore((s) => s.updateLetter);
  const initial: LetterForm = {
    hal: letter.hal,
    lampiran: letter.lampiran,
    addressee: letter.addressee,
    opening: letter.opening,
    closing: letter.closing,
    tembusan: letter.tembusan,
    signer: letter.signer,
    onBehalfOf: letter.onBehalfOf,
  };
  return (
    <FormModal<LetterForm, InvitationLetter>
      opened={opened}
      onClose={onClose}
      title={t('form.title')}
      draftName={`letter:${letter.meetingId}`}
      initial={initial}
      // The form (Surat Undangan or Nota Dinas) is chosen in the panel; saving the words keeps it.
      onSubmit={(values) => updateLetter({ meetingId: letter.meetingId, ...values, form: letter.form })}
      onSaved={() => notifications.show({ color: 'green', message: t('form.saved') })}
      size="xl"
    >
      {({ values, change }) => (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('form.emptyMeansDefault')}
          </Text>
          <TextInput
            label={t('form.hal')}
            placeholder={t('form.halPlaceholder', { title: meetingTitle })}
            value={values.hal}
            onChange={(event) => change('hal', event.currentTarget.value)}
            maxLength={300}
          />
          <TextInput
            label={t('form.lampiran')}
            placeholder={t('form.lampiranPlaceholder')}
            value={values.lampiran}
            onChange={(event) => change('lampiran', event.currentTarget.value)}
            maxLength={100}
          />
          <TextInput
            label={t('form.addressee')}
            placeholder={t('form.addresseePlaceholder')}
            value={values.addressee}
            onChange={(event) => change('addressee', event.currentTarget.value)}
            maxLength={200}
          />
          <Textarea
            label={t('form.opening')}
            placeholder={defaultOpening(meetingTitle)}
            value={values.opening}
            onChange={(event) => change('opening', event.currentTarget.value)}

            rows={2}
            maxLength={2000}
          />
          <Textarea
            label={t('form.closing')}
            placeholder={DEFAULT_CLOSING}
            value={values.closing}
            onChange={(event) => change('closing', event.currentTarget.value)}

            rows={1}
            maxLength={1000}
          />
          <RolePicker
            label={t('form.signer')}
            value={values.signer}
            onChange={(value) => change('signer', value)}
            options={people}
          />
          <TextInput
            label={t('form.onBehalfOf')}
            description={t('form.onBehalfOfHelp')}
            value={values.onBehalfOf}
            onChange={(event) => change('onBehalfOf', event.currentTarget.value)}
            maxLength={200}
          />
          <Textarea
            label={t('form.tembusan')}
            description={t('form.tembusanHelp')}
            value={values.tembusan}
            onChange={(event) => change('tembusan', event.currentTarget.value)}

            rows={2}
            maxLength={2000}
          />
        </Stack>
      )}
    </FormModal>
  );
}
