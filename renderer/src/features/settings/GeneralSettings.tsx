import { Card, Code, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../components/kit/SectionCard';
import { changeLanguage, type Language } from '../../i18n';
import { useAppStore } from '../../store';
import { UserNameCard } from './UserNameCard';
import { ChecklistReopenCard } from '../home';

/** Language, the user name changes are recorded under, and where the data lives. */
export function GeneralSettings() {
  const { t, i18n } = useTranslation('settings');
  const info = useAppStore((s) => s.appInfo);
  const loadAppInfo = useAppStore((s) => s.loadAppInfo);

  useEffect(() => {
    void loadAppInfo();
  }, [loadAppInfo]);

  return (
    <Stack gap="lg">
      <SectionCard id="settings-language" title={t('languageTitle')} help={t('languageHelp')}>
        <SegmentedControl
          value={i18n.language}
          onChange={(value) => changeLanguage(value as Language)}
          data={[
            { value: 'id', label: t('languageId') },
            { value: 'en', label: t('languageEn') },
          ]}
        />
      </SectionCard>
      <UserNameCard />
      <ChecklistReopenCard />
      <Card withBorder component="section" aria-labelledby="settings-about">
        <Title order={3} size="h5" id="settings-about" mb="sm">
          {t('aboutTitle')}
        </Title>
        {info && (
          <Table variant="vertical" layout="fixed">
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={160}>{t('version')}</Table.Th>
                <Table.Td>{info.version}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('shell')}</Table.Th>
                <Table.Td>{info.shell === 'desktop' ? t('shellDesktop') : t('shellWeb')}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('dataFile')}</Table.Th>
                <Table.Td>
                  <Code style={{ wordBreak: 'break-all' }}>{info.dataFile}</Code>
                  <Text size="xs" c="dimmed" mt={4}>
                    {t('dataFileHelp')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        )}
      </Card>
    </Stack>
  );
}
