import { Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { SETTINGS_SECTIONS } from './settingsSections';

export function SettingsPage() {
  const { t } = useTranslation('settings');
  const [params, setParams] = useSearchParams();
  const current = params.get('bagian') ?? SETTINGS_SECTIONS[0]?.value ?? 'umum';
  return (
    <Stack gap="md" maw={960}>
      <Title order={2}>{t('title')}</Title>
      <Tabs
        value={current}
        onChange={(value) => value && setParams({ bagian: value }, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List>
          {SETTINGS_SECTIONS.map((section) => (
            <Tabs.Tab key={section.value} value={section.value}>
              {t(`tabs.${section.tab}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {SETTINGS_SECTIONS.map(({ value, Component }) => (
          <Tabs.Panel key={value} value={value} pt="md">
            <Component />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
