import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Status in words, not only colour. */
export function ActiveBadge({ active }: Readonly<{ active: boolean }>) {
  const { t } = useTranslation('masterData');
  return (
    <Badge variant={active ? 'light' : 'outline'} color={active ? 'green' : 'gray'}>
      {active ? t('status.active') : t('status.inactive')}
    </Badge>
  );
}
