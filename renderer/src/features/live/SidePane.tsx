import { Paper } from '@mantine/core';
import type { ReactNode } from 'react';

type Props = Readonly<{
  /** nav for the agenda she moves through, aside for what the minutes collected. */
  component: 'nav' | 'aside';
  /** The landmark's name, which screen readers list. */
  label: string;
  children: ReactNode;
}>;

/** A pane beside the live editor: a bordered landmark that scrolls inside the grid row instead of growing it. */
export function SidePane({ component, label, children }: Props) {
  return (
    <Paper withBorder p="xs" component={component} aria-label={label} style={{ minHeight: 0 }}>
      {children}
    </Paper>
  );
}
