import { Button } from '@mantine/core';
import type { TablerIcon } from '@tabler/icons-react';

type Props = Readonly<{
  icon: TablerIcon;
  label: string;
  onClick: () => void;
  /** The record a row's button acts on: a screen reader hears "Ganti: Notula", not four "Ganti". */
  target?: string;
  variant?: 'default' | 'light' | 'subtle';
  color?: string;
  loading?: boolean;
  disabled?: boolean;
}>;

/** A small button, its icon before the label: beside a list (the templates samples, Tambah baris) or in a row of actions. */
export function ToolButton({
  icon: IconShown,
  label,
  onClick,
  target,
  variant = 'default',
  color,
  loading,
  disabled,
}: Props) {
  return (
    <Button
      size="xs"
      variant={variant}
      color={color}
      loading={loading}
      disabled={disabled}
      leftSection={<IconShown size={14} aria-hidden />}
      aria-label={target === undefined ? undefined : `${label}: ${target}`}
      onClick={onClick}
    >
      {label}
    </Button>
  );
}
