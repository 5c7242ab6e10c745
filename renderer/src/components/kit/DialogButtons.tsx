import { Button, Group, type ButtonProps } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';

export type DialogButton<K extends string> = Readonly<{
  /** The dialog it opens. */
  dialog: K;
  label: string;
  icon: Icon;
  variant?: ButtonProps['variant'];
  color?: string;
}>;

type Props<K extends string> = Readonly<{
  buttons: ReadonlyArray<DialogButton<K>>;
  onOpen: (dialog: K) => void;
  /** Kept on one line in a bar that has its own room (the approval bar). */
  nowrap?: boolean;
}>;

/** A screen's row of buttons that each open one of its dialogs (Ajukan, Kembalikan…; Minta laporan, Impor balasan…). */
export function DialogButtons<K extends string>({ buttons, onOpen, nowrap = false }: Props<K>) {
  return (
    <Group gap="xs" wrap={nowrap ? 'nowrap' : 'wrap'}>
      {buttons.map(({ dialog, label, icon: IconShape, variant, color }) => (
        <Button
          key={dialog}
          variant={variant}
          color={color}
          leftSection={<IconShape size={16} aria-hidden />}
          onClick={() => onOpen(dialog)}
        >
          {label}
        </Button>
      ))}
    </Group>
  );
}
