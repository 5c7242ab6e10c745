import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { MASTER_DATA_SECTIONS } from './masterDataSections';

export function MasterDataPage() {
  const { t } = useTranslation('masterData');
  const [params, setParams] = useSearchParams();
  const current = params.get('bagian') ?? MASTER_DATA_SECTIONS[0]?.value ?? 'opd';
  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{t('title')}</Title>
        <Text c="dimmed" size="sm">
          {t('subtitle')}
        </Text>
      </div>
      <Tabs
        value={current}
        onChange={(value) => value && setParams({ bagian: value }, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List>
          {MASTER_DATA_SECTIONS.map((section) => (
            <Tabs.Tab key={section.value} value={section.value}>
              {t(`tabs.${section.tab}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {MASTER_DATA_SECTIONS.map(({ value, Component }) => (
          <Tabs.Panel key={value} value={value} pt="md">
            <Component />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
