import { Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { DEFAULT_CLOSING, defaultOpening, type InvitationLetter } from '../../../../shared/domain/invitationLetter';
import { FormModal } from '../../components/kit/FormModal';
import { RolePicker } from '../../components/RolePicker';
import type { PersonPickerOption } from '../../components/useMasterDataOptions';
import { useAppStore } from '../../store';
import type { DialogProps } from '../../components/kit/DialogProps';

/** The letter's words: everything but its meeting and its form (Surat Undangan or Nota Dinas, chosen in the panel). */
type LetterForm = Omit<InvitationLetter, 'meetingId' | 'form'>;

type Props = DialogProps &
  Readonly<{
    letter: InvitationLetter;
    meetingTitle: string;
    people: ReadonlyArray<PersonPickerOption>;
  }>;

/**
 * The letter's own words. Every text left empty prints the standard one (shown as the
 * placeholder), which follows the meeting's title, so a changed title never leaves a stale
 * sentence behind.
 */
export function InvitationLetterModal({ letter, meetingTitle, people, ...dialog }: Props) {
  const { t } = useTranslation('letter');
  const updateLetter = useAppStore((s) => s.updateLetter);
  const { meetingId, form, ...initial } = letter;
  return (
    <FormModal<LetterForm, InvitationLetter>
      {...dialog}
      title={t('form.title')}
      draftName={`letter:${meetingId}`}
      initial={initial}
      // The form (Surat Undangan or Nota Dinas) is chosen in the panel; saving the words keeps it.
      onSubmit={(values) => updateLetter({ meetingId, ...values, form })}
      onSaved={() => notifications.show({ color: 'green', message: t('form.saved') })}
      size="xl"
    >
      {({ bind, field }) => (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('form.emptyMeansDefault')}
          </Text>
          <TextInput
            label={t('form.hal')}
            placeholder={t('form.halPlaceholder', { title: meetingTitle })}
            {...bind('hal')}
            maxLength={300}
          />
          <TextInput
            label={t('form.lampiran')}
            placeholder={t('form.lampiranPlaceholder')}
            {...bind('lampiran')}
            maxLength={100}
          />
          <TextInput
            label={t('form.addressee')}
            placeholder={t('form.addresseePlaceholder')}
            {...bind('addressee')}
            maxLength={200}
          />
          <Textarea
            label={t('form.opening')}
            placeholder={defaultOpening(meetingTitle)}
            {...bind('opening')}

            rows={2}
            maxLength={2000}
          />
          <Textarea
            label={t('form.closing')}
            placeholder={DEFAULT_CLOSING}
            {...bind('closing')}

            rows={1}
            maxLength={1000}
          />
          <RolePicker label={t('form.signer')} {...field('signer')} options={people} />
          <TextInput
            label={t('form.onBehalfOf')}
            description={t('form.onBehalfOfHelp')}
            {...bind('onBehalfOf')}
            maxLength={200}
          />
          <Textarea
            label={t('form.tembusan')}
            description={t('form.tembusanHelp')}
            {...bind('tembusan')}

            rows={2}
            maxLength={2000}
          />
        </Stack>
      )}
    </FormModal>
  );
}
