import { Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

type Props = Readonly<{
  /** The heading's id, for the section or list it names. */
  id?: string;
  title: string;
  /** The dimmed line under the heading. */
  help?: ReactNode;
  /** h4 for a panel of a screen, h5 for a card among others (Beranda, Pengaturan). */
  size?: 'h4' | 'h5';
}>;

/** A part's heading with its one line of help: the same level-3 heading everywhere, so screen readers list them alike. */
export function SectionHeading({ id, title, help, size = 'h4' }: Props) {
  return (
    <>
      <Title order={3} size={size} id={id}>
        {title}
      </Title>
      {help !== undefined && (
        <Text size="sm" c="dimmed">
          {help}
        </Text>
      )}
    </>
  );
}
