import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../components/kit/SectionCard';
import { useNavigate } from 'react-router-dom';
import { ROUTES } from '../../app/routes';
import { loadStorageScope } from '../../lib/storageScope';
import { setChecklistChoice } from './checklistState';

/** Pengaturan -> Umum: brings back Beranda's first-run checklist after she hid it. */
export function ChecklistReopenCard() {
  const { t } = useTranslation('home');
  const navigate = useNavigate();
  const reopen = async () => {
    await loadStorageScope();
    setChecklistChoice('shown');
    notifications.show({ color: 'green', message: t('setup.reopened') });
    void navigate(ROUTES.home);
  };
  return (
    <SectionCard id="settings-setup" title={t('setup.title')}>
      <Group justify="space-between" align="flex-end" gap="sm">
        <Text size="sm" c="dimmed" flex={1} miw={240}>
          {t('setup.reopenHelp')}
        </Text>
        <Button variant="light" onClick={() => void reopen()}>
          {t('setup.reopen')}
        </Button>
      </Group>
    </SectionCard>
  );
}
