import { Alert, Button, Group, Text } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

function when(ms: number): string {
  const date = new Date(ms);
  const clock = `${String(date.getHours()).padStart(2, '0')}.${String(date.getMinutes()).padStart(2, '0')}`;
  const today = new Date().toDateString() === date.toDateString();
  return today ? clock : `${date.getDate()}/${date.getMonth() + 1}/${date.getFullYear()} ${clock}`;
}

/** Says that a draft was offered back, and lets her throw it away. */
export function DraftNotice({ savedAt, onDiscard }: Readonly<{ savedAt: number; onDiscard: () => void }>) {
  const { t } = useTranslation('kit');
  return (
    <Alert
      color="blue"
      variant="light"
      icon={<IconRestore size={18} aria-hidden />}
      role="status"
      data-testid="draft-notice"
      py="xs"
    >
      <Group justify="space-between" gap="sm" wrap="nowrap">
        <Text size="sm">{t('draft.restored', { time: when(savedAt) })}</Text>
        <Button size="compact-sm" variant="subtle" onClick={onDiscard}>
          {t('draft.discard')}
        </Button>
      </Group>
    </Alert>
  );
}
