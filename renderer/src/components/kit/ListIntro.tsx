import { Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';

type Props = Readonly<{
  /** What the list holds and where its records come from. */
  help: string;
  /** The list's one button (Tambah …), on the right; none where records come from elsewhere. */
  action?: ReactNode;
}>;

/** The toolbar of a short list that needs no search: a line saying what it is for, and its button. */
export function ListIntro({ help, action }: Props) {
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap">
      <Text size="sm" c="dimmed" maw={720}>
        {help}
      </Text>
      {action}
    </Group>
  );
}
