import { Card, Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

type Props = Readonly<{
  /** The heading's id: the card is the section it names. */
  id: string;
  title: string;
  /** One line on what the card is for, under the heading. */
  help?: string;
  /** The card's main button, beside the heading ("Cadangkan sekarang"). */
  action?: ReactNode;
  children?: ReactNode;
}>;

/** A card of a settings-like page: a bordered section named by its heading, a line of help, its controls. */
export function SectionCard({ id, title, help, action, children }: Props) {
  const heading = (
    <>
      <Title order={3} size="h5" id={id}>
        {title}
      </Title>
      {help !== undefined && (
        <Text size="sm" c="dimmed" mb={children === undefined ? 0 : 'sm'} maw={action === undefined ? undefined : 560}>
          {help}
        </Text>
      )}
    </>
  );
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      {action === undefined ? (
        heading
      ) : (
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>{heading}</div>
          {action}
        </Group>
      )}
      {children}
    </Card>
  );
}
