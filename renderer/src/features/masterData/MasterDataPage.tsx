import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SectionTabs } from '../../components/kit/SectionTabs';
import { MASTER_DATA_SECTIONS } from './masterDataSections';

export function MasterDataPage() {
  const { t } = useTranslation('masterData');
  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{t('title')}</Title>
        <Text c="dimmed" size="sm">
          {t('subtitle')}
        </Text>
      </div>
      <SectionTabs sections={MASTER_DATA_SECTIONS} label={(tab) => t(`tabs.${tab}`)} />
    </Stack>
  );
}
