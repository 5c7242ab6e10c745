import { Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconLoader2 } from '@tabler/icons-react';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { clockTime, type StatusBoard } from './statusBoard';

/** "Menyimpan…" / "Tersimpan 10.42": always visible, always in words (never a colour alone). */
export function SaveIndicator({ board }: Readonly<{ board: StatusBoard }>) {
  const { t } = useTranslation('live');
  const status = useSyncExternalStore(board.subscribe, board.getSnapshot);
  let text: string;
  let icon = <IconCheck size={16} aria-hidden />;
  let color = 'dimmed';
  switch (status.state) {
    case 'saved':
      text = status.at === null ? t('save.savedNothing') : t('save.saved', { time: clockTime(status.at) });
      break;
    case 'saving':
      text = t('save.saving');
      icon = <IconLoader2 size={16} aria-hidden />;
      break;
    case 'error':
      text = t('save.error', { message: status.message });
      icon = <IconAlertTriangle size={16} aria-hidden />;
      color = 'orange.8';
      break;
    case 'conflict':
      text = t('save.conflict');
      icon = <IconAlertTriangle size={16} aria-hidden />;
      color = 'red.8';
      break;
    case 'locked':
      text = `${t('save.locked')}: ${status.message}`;
      icon = <IconAlertTriangle size={16} aria-hidden />;
      color = 'red.8';
      break;
  }
  return (
    <Group gap={4} wrap="nowrap" role="status" aria-live="polite" data-testid="save-status" data-state={status.state}>
      {icon}
      <Text size="sm" c={color} lineClamp={1}>
        {text}
      </Text>
    </Group>
  );
}
