import { Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_CLOSING,
  LETTER_TEXT_LIMITS,
  defaultOpening,
  type InvitationLetter,
  type LetterText,
} from '../../../../shared/domain/invitationLetter';
import { FormModal } from '../../components/kit/FormModal';
import type { BoundText } from '../../components/kit/useFormDraft';
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

type LetterFieldProps = Readonly<{
  name: LetterText;
  bind: (name: LetterText) => BoundText;
  /** The lines of the box, for the texts that run to sentences; none: one line. */
  rows?: number;
  /** What prints while it is left empty. */
  placeholder?: string;
  description?: string;
}>;

/** One of the letter's texts, named as the letter names it and cut where main would refuse it (LETTER_TEXT_LIMITS). */
function LetterField({ name, bind, rows, ...hints }: LetterFieldProps) {
  const { t } = useTranslation('letter');
  const props = { label: t(`form.${name}`), ...hints, ...bind(name), maxLength: LETTER_TEXT_LIMITS[name] };
  return rows === undefined ? <TextInput {...props} /> : <Textarea {...props} rows={rows} />;
}

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
      savedMessage={() => t('form.saved')}
      size="xl"
    >
      {({ bind, field }) => (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('form.emptyMeansDefault')}
          </Text>
          <LetterField name="hal" bind={bind} placeholder={t('form.halPlaceholder', { title: meetingTitle })} />
          <LetterField name="lampiran" bind={bind} placeholder={t('form.lampiranPlaceholder')} />
          <LetterField name="addressee" bind={bind} placeholder={t('form.addresseePlaceholder')} />
          <LetterField name="opening" bind={bind} rows={2} placeholder={defaultOpening(meetingTitle)} />
          <LetterField name="closing" bind={bind} rows={1} placeholder={DEFAULT_CLOSING} />
          <RolePicker label={t('form.signer')} {...field('signer')} options={people} />
          <LetterField name="onBehalfOf" bind={bind} description={t('form.onBehalfOfHelp')} />
          <LetterField name="tembusan" bind={bind} rows={2} description={t('form.tembusanHelp')} />
        </Stack>
      )}
    </FormModal>
  );
}
