import { Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

type Props = Readonly<{
  /** The heading's id, which the panel's section is labelled by. */
  id: string;
  title: string;
  help: ReactNode;
  /** The panel's buttons (and their state), on the right. */
  actions: ReactNode;
}>;

/** The top of a panel inside a screen (Identitas, Acara): its name, a dimmed line, its buttons on the right. */
export function PanelHeader({ id, title, help, actions }: Props) {
  return (
    <Group justify="space-between" align="flex-start" mb="sm">
      <div>
        <Title order={3} size="h4" id={id}>
          {title}
        </Title>
        <Text size="sm" c="dimmed">
          {help}
        </Text>
      </div>
      {actions}
    </Group>
  );
}
