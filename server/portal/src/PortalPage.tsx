import { Alert, Button, Center, Container, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Account } from './api';
import type { ServerList } from './useServerList';

type Props = {
  account: Account;
  /** What this portal page is for, beside "Risalah" in the bar. */
  section: string;
  onLogout: () => void;
  width: 'md' | 'lg';
  title: ReactNode;
  /** The count line under the title ("Memuat…" while loading). */
  summary: string;
  action: ReactNode;
  /** A saved/sent confirmation she can dismiss. */
  notice: { title: string; text: string } | null;
  onDismissNotice: () => void;
  /** The page's list: its loader, and its error with Coba lagi. */
  list: ServerList<unknown>;
  errorTitle: string;
  children: ReactNode;
};

/** The frame both portal pages share: the bar with her name and Keluar, the title, the notices, the loader. */
export function PortalPage(props: Props) {
  return (
    <>
      <Paper component="header" radius={0} bg="pemda.8" c="white" px="lg" py="sm">
        <Group justify="space-between">
          <Group gap="xs">
            <Text fw={700}>Risalah</Text>
            <Text opacity={0.85}>{props.section}</Text>
          </Group>
          <Group gap="sm">
            <Text size="sm">{props.account.display_name}</Text>
            <Button variant="white" size="xs" onClick={props.onLogout}>
              Keluar
            </Button>
          </Group>
        </Group>
      </Paper>
      <Container size={props.width} py="lg" component="main">
        <Stack gap="md">
          <Group justify="space-between" align="flex-end">
            <div>
              <Title order={1} size="h2">
                {props.title}
              </Title>
              <Text c="dimmed" size="sm">
                {props.summary}
              </Text>
            </div>
            {props.action}
          </Group>
          {props.notice && (
            <Alert
              color="green"
              role="status"
              withCloseButton
              closeButtonLabel="Tutup"
              onClose={props.onDismissNotice}
              title={props.notice.title}
            >
              {props.notice.text}
            </Alert>
          )}
          {props.list.error && (
            <Alert color="red" role="alert" title={props.errorTitle}>
              <Stack gap="xs" align="flex-start">
                {props.list.error}
                <Button size="xs" variant="light" color="red" onClick={props.list.reload}>
                  Coba lagi
                </Button>
              </Stack>
            </Alert>
          )}
          {props.list.data === null && !props.list.error && (
            <Center py="xl">
              <Loader aria-label="Memuat" />
            </Center>
          )}
          {props.children}
        </Stack>
      </Container>
    </>
  );
}
