import { Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';

type Props = Readonly<{ icon: ReactNode; title: string; body: string; action?: ReactNode }>;

export function EmptyState({ icon, title, body, action }: Props) {
  return (
    <Stack align="center" gap="xs" py="xl" maw={480} mx="auto" ta="center">
      <ThemeIcon size={56} radius="xl" variant="light" aria-hidden>
        {icon}
      </ThemeIcon>
      <Title order={2} size="h4">
        {title}
      </Title>
      <Text c="dimmed">{body}</Text>
      {action}
    </Stack>
  );
}
