import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SectionTabs } from '../../components/kit/SectionTabs';
import { MASTER_DATA_SECTIONS } from './masterDataSections';
import { PageHeader } from '../../components/kit/PageHeader';

export function MasterDataPage() {
  const { t } = useTranslation('masterData');
  return (
    <Stack gap="md">
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <SectionTabs sections={MASTER_DATA_SECTIONS} label={(tab) => t(`tabs.${tab}`)} />
    </Stack>
  );
}
