import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Option } from './usePeopleOptions';

type Props = Readonly<{
  people: ReadonlyArray<Option>;
  value: string | null;
  onChange: (value: string | null) => void;
}>;

/** "Penanda tangan" of a follow-up document: an official, or none (the default signer). */
export function SignerSelect({ people, value, onChange }: Props) {
  const { t } = useTranslation('followUp');
  return (
    <Select
      label={t('request.signer')}
      placeholder={t('request.signerPlaceholder')}
      searchable
      clearable
      data={[...people]}
      value={value}
      onChange={onChange}
    />
  );
}
