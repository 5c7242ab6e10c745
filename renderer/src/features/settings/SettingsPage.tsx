import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SectionTabs } from '../../components/kit/SectionTabs';
import { SETTINGS_SECTIONS } from './settingsSections';

export function SettingsPage() {
  const { t } = useTranslation('settings');
  return (
    <Stack gap="md" maw={960}>
      <Title order={2}>{t('title')}</Title>
      <SectionTabs sections={SETTINGS_SECTIONS} label={(tab) => t(`tabs.${tab}`)} />
    </Stack>
  );
}
