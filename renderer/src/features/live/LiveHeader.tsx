import { Button, Group, Kbd, Title, Tooltip } from '@mantine/core';
import {
  IconKeyboard,
  IconLayoutSidebar,
  IconLayoutSidebarRight,
  IconMaximize,
  IconMinimize,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { IconButton } from '../../components/kit/IconButton';
import type { LiveLayout } from './useLiveLayout';

type Props = Readonly<{ layout: LiveLayout; title: string; saveIndicator: ReactNode; onSheet: () => void }>;

/** The two panes beside the editor: which icon and words their toggle has. */
const PANES = {
  left: { icon: IconLayoutSidebar, show: 'panes.showAgenda', hide: 'panes.hideAgenda' },
  right: { icon: IconLayoutSidebarRight, show: 'panes.showCaptures', hide: 'panes.hideCaptures' },
} as const;

/** Shows or hides a pane: it says what pressing it will do, and is announced pressed while the pane is shown. */
function PaneToggle({ pane, layout }: Readonly<{ pane: keyof typeof PANES; layout: LiveLayout }>) {
  const { t } = useTranslation('live');
  const { icon, show, hide } = PANES[pane];
  const shown = pane === 'left' ? layout.showLeft : layout.showRight;
  return (
    <IconButton
      label={shown ? t(hide) : t(show)}
      icon={icon}
      iconSize={18}
      pressed={shown}
      tooltip
      onClick={pane === 'left' ? layout.toggleLeft : layout.toggleRight}
    />
  );
}

/** The live screen's one line above the panes: the pane toggles, the section's title, saving, focus mode. */
export function LiveHeader({ layout, title, saveIndicator, onSheet }: Props) {
  const { t } = useTranslation('live');
  const { full } = layout;
  const focusLabel = full ? t('focusOff') : t('focusOn');
  return (
    <Group justify="space-between" wrap="nowrap" h={34} mb={6} gap="xs">
      <Group gap={4} wrap="nowrap" style={{ minWidth: 0 }}>
        <PaneToggle pane="left" layout={layout} />
        <Title order={3} size="h5" lineClamp={1}>
          {title}
        </Title>
      </Group>
      <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
        {saveIndicator}
        <IconButton label={t('shortcutsButton')} icon={IconKeyboard} iconSize={18} tooltip onClick={onSheet} />
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
        <PaneToggle pane="right" layout={layout} />
      </Group>
    </Group>
  );
}
