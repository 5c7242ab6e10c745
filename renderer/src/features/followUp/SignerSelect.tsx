import { useTranslation } from 'react-i18next';
import type { PersonId } from '../../../../shared/domain/ids';
import { RecordSelect } from '../../components/kit/RecordSelect';
import type { BoundValue } from '../../components/kit/useFormDraft';
import { usePeopleOptions } from './usePeopleOptions';

/**
 * "Penanda tangan" of a follow-up document: an official, or none (the default signer). It reads
 * the officials itself when it appears, so each document's form only binds it: `{...field('signerPersonId')}`.
 */
export function SignerSelect(bound: BoundValue<PersonId | null>) {
  const { t } = useTranslation('followUp');
  const people = usePeopleOptions();
  return (
    <RecordSelect label={t('request.signer')} placeholder={t('request.signerPlaceholder')} data={people} {...bound} />
  );
}
