import { Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { SectionHeading } from './SectionHeading';

type Props = Readonly<{
  /** The heading's id, which the panel's section is labelled by. */
  id: string;
  title: string;
  /** The dimmed line under the name. */
  help?: ReactNode;
  /** Under the name instead of (or after) the help line, for a panel whose line is a live figure: a summary, badges. */
  summary?: ReactNode;
  /** The panel's buttons (and their state), on the right. */
  actions: ReactNode;
}>;

/** The top of a panel inside a screen (Identitas, Acara): its name, a dimmed line, its buttons on the right. */
export function PanelHeader({ id, title, help, summary, actions }: Props) {
  return (
    <Group justify="space-between" align="flex-start" mb="sm">
      <div>
        <SectionHeading id={id} title={title} help={help} />
        {summary}
      </div>
      {actions}
    </Group>
  );
}
