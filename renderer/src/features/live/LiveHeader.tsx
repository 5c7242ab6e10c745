import { ActionIcon, Button, Group, Kbd, Title, Tooltip } from '@mantine/core';
import {
  IconKeyboard,
  IconLayoutSidebar,
  IconLayoutSidebarRight,
  IconMaximize,
  IconMinimize,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveLayout } from './useLiveLayout';

type Props = Readonly<{ layout: LiveLayout; title: string; saveIndicator: ReactNode; onSheet: () => void }>;

/** The live screen's one line above the panes: the pane toggles, the section's title, saving, focus mode. */
export function LiveHeader({ layout, title, saveIndicator, onSheet }: Props) {
  const { t } = useTranslation('live');
  const { showLeft, showRight, full } = layout;
  const focusLabel = full ? t('focusOff') : t('focusOn');
  return (
    <Group justify="space-between" wrap="nowrap" h={34} mb={6} gap="xs">
      <Group gap={4} wrap="nowrap" style={{ minWidth: 0 }}>
        <Tooltip label={showLeft ? t('panes.hideAgenda') : t('panes.showAgenda')}>
          <ActionIcon
            variant="subtle"
            aria-label={showLeft ? t('panes.hideAgenda') : t('panes.showAgenda')}
            onClick={layout.toggleLeft}
            aria-pressed={showLeft}
          >
            <IconLayoutSidebar size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
        <Title order={3} size="h5" lineClamp={1}>
          {title}
        </Title>
      </Group>
      <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
        {saveIndicator}
        <Tooltip label={t('shortcutsButton')}>
          <ActionIcon variant="subtle" aria-label={t('shortcutsButton')} onClick={onSheet}>
            <IconKeyboard size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
        <Tooltip
          label={
            <>
              <Kbd size="xs">Ctrl</Kbd>+<Kbd size="xs">Shift</Kbd>+<Kbd size="xs">F</Kbd>
              {full ? (
                <>
                  {' '}
                  · <Kbd size="xs">Esc</Kbd>
                </>
              ) : null}
            </>
          }
        >
          <Button
            size="compact-sm"
            variant="default"
            leftSection={full ? <IconMinimize size={14} aria-hidden /> : <IconMaximize size={14} aria-hidden />}
            onClick={layout.toggleFull}
            aria-keyshortcuts="Control+Shift+F"
          >
            {focusLabel}
          </Button>
        </Tooltip>
        <Tooltip label={showRight ? t('panes.hideCaptures') : t('panes.showCaptures')}>
          <ActionIcon
            variant="subtle"
            aria-label={showRight ? t('panes.hideCaptures') : t('panes.showCaptures')}
            onClick={layout.toggleRight}
            aria-pressed={showRight}
          >
            <IconLayoutSidebarRight size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Group>
    </Group>
  );
}
