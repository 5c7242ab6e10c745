import { Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

type Props = Readonly<{ title: string; subtitle: ReactNode; actions?: ReactNode }>;

/** A screen's heading: its name, one dimmed line under it, and its main buttons on the right. */
export function PageHeader({ title, subtitle, actions }: Props) {
  const heading = (
    <div>
      <Title order={2}>{title}</Title>
      <Text c="dimmed" size="sm">
        {subtitle}
      </Text>
    </div>
  );
  if (actions === undefined) return heading;
  return (
    <Group justify="space-between" align="flex-end">
      {heading}
      {actions}
    </Group>
  );
}
