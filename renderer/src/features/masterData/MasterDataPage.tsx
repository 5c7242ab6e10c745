import { Stack, Title } from '@mantine/core';
import { IconDatabase } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';

export function MasterDataPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={2}>{t('nav.masterData')}</Title>
      <EmptyState icon={<IconDatabase size={28} />} title={t('masterData.emptyTitle')} body={t('masterData.emptyBody')} />
    </Stack>
  );
}
