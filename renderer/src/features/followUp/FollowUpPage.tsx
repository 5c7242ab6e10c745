import { Stack, Title } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';

export function FollowUpPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={2}>{t('nav.followUp')}</Title>
      <EmptyState icon={<IconChecklist size={28} />} title={t('followUp.emptyTitle')} body={t('followUp.emptyBody')} />
    </Stack>
  );
}
