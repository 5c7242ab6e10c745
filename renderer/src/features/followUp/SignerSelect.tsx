import { useTranslation } from 'react-i18next';
import type { PersonId } from '../../../../shared/domain/ids';
import { RecordSelect } from '../../components/kit/RecordSelect';
import { usePeopleOptions } from './usePeopleOptions';

type Props = Readonly<{
  value: PersonId | null;
  onChange: (value: PersonId | null) => void;
}>;

/**
 * "Penanda tangan" of a follow-up document: an official, or none (the default signer). It reads
 * the officials itself when it appears, so each document's form only binds its value.
 */
export function SignerSelect({ value, onChange }: Props) {
  const { t } = useTranslation('followUp');
  const people = usePeopleOptions();
  return (
    <RecordSelect
      label={t('request.signer')}
      placeholder={t('request.signerPlaceholder')}
      data={people}
      value={value}
      onChange={onChange}
    />
  );
}
