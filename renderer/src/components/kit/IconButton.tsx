import { ActionIcon, Tooltip } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';

type Props = Readonly<{
  /** What it does, said by screen readers (and shown on hover with `tooltip`): an icon alone names nothing. */
  label: string;
  icon: Icon;
  onClick: () => void;
  color?: string;
  disabled?: boolean;
  /** For a toggle (a pane shown or hidden): announced as pressed or not. */
  pressed?: boolean;
  /** Shows the label on hover too, where the icon alone is not obvious to a sighted user. */
  tooltip?: boolean;
  /** 16 in a table row, 18 in a bar. */
  iconSize?: number;
  /** 'sm' in the dense lists of a narrow pane (the live captures). */
  size?: 'sm';
}>;

/** A small subtle button that is only an icon: a row's up/down/edit/remove, a bar's toggles. */
export function IconButton({
  label,
  icon: IconShape,
  onClick,
  color,
  disabled,
  pressed,
  tooltip,
  iconSize = 16,
  size,
}: Props) {
  const button = (
    <ActionIcon
      variant="subtle"
      size={size}
      color={color}
      aria-label={label}
      aria-pressed={pressed}
      disabled={disabled}
      onClick={onClick}
    >
      <IconShape size={iconSize} aria-hidden />
    </ActionIcon>
  );
  return tooltip ? <Tooltip label={label}>{button}</Tooltip> : button;
}
