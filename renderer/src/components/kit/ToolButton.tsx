import { Button } from '@mantine/core';
import type { TablerIcon } from '@tabler/icons-react';

type Props = Readonly<{
  icon: TablerIcon;
  label: string;
  onClick: () => void;
  /** The template a row's button acts on: a screen reader hears "Ganti: Notula", not four "Ganti". */
  target?: string;
  variant?: 'default' | 'light' | 'subtle';
  color?: string;
  loading?: boolean;
}>;

/** A small button of the templates card, its icon before the label: the samples and each row's actions. */
export function ToolButton({ icon: IconShown, label, onClick, target, variant = 'default', color, loading }: Props) {
  return (
    <Button
      size="xs"
      variant={variant}
      color={color}
      loading={loading}
      leftSection={<IconShown size={14} aria-hidden />}
      aria-label={target === undefined ? undefined : `${label}: ${target}`}
      onClick={onClick}
    >
      {label}
    </Button>
  );
}
