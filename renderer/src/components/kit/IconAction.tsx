import { ActionIcon, Tooltip } from '@mantine/core';
import type { TablerIcon } from '@tabler/icons-react';

type Props = Readonly<{
  /** What the button does to which row ("Ubah Rapat Evaluasi"): its tooltip and its name for a screen reader. */
  label: string;
  icon: TablerIcon;
  onClick: () => void;
  color?: string;
  disabled?: boolean;
}>;

/** A row's icon-only button: the icon says it at a glance, the tooltip and the name say it in words. */
export function IconAction({ label, icon: IconShown, onClick, color, disabled }: Props) {
  return (
    <Tooltip label={label}>
      <ActionIcon variant="subtle" color={color} aria-label={label} onClick={onClick} disabled={disabled}>
        <IconShown size={18} aria-hidden />
      </ActionIcon>
    </Tooltip>
  );
}
