import { Card, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

type Props = Readonly<{
  /** The heading's id: the card is the section it names. */
  id: string;
  title: string;
  /** One line on what the card is for, under the heading. */
  help?: string;
  children: ReactNode;
}>;

/** A card of a settings-like page: a bordered section named by its heading, a line of help, its controls. */
export function SectionCard({ id, title, help, children }: Props) {
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Title order={3} size="h5" id={id}>
        {title}
      </Title>
      {help !== undefined && (
        <Text size="sm" c="dimmed" mb="sm">
          {help}
        </Text>
      )}
      {children}
    </Card>
  );
}
