import { Alert, Button, Card, Group, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../../shared/domain/sync';
import { useAction } from '../../components/kit/useAction';
import { useAppStore } from '../../store';

/** Address, account and password: the password goes to main once, for the login, and is then forgotten. */
export function SyncLoginForm({ status }: Readonly<{ status: SyncStatus }>) {
  const { t } = useTranslation('sync');
  const configure = useAppStore((s) => s.configureSync);
  const { run, busy, error } = useAction(configure);
  const [serverUrl, setServerUrl] = useState(status.serverUrl);
  const [username, setUsername] = useState(status.username);
  const [password, setPassword] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await run({ serverUrl: serverUrl.trim(), username: username.trim(), password });
    setPassword('');
    if (result.ok) notifications.show({ color: 'green', message: t('login.loggedIn') });
  };

  return (
    <Card withBorder component="section" aria-labelledby="sync-login">
      <Title order={3} size="h5" id="sync-login" mb="sm">
        {t('login.title')}
      </Title>
      {status.lastError && !error && (
        // The server ended her session (or the last sync failed before she signed out): say why she is here.
        <Alert color="yellow" mb="sm" data-testid="sync-login-reason">
          {status.lastError}
        </Alert>
      )}
      {status.pending > 0 && (
        <Text size="sm" mb="sm" data-testid="sync-not-linked">
          {t('status.notLinked', { count: status.pending })}
        </Text>
      )}
      <form onSubmit={(event) => void submit(event)}>
        <Stack gap="sm" maw={480}>
          <TextInput
            label={t('login.serverUrl')}
            description={t('login.serverUrlHint')}
            value={serverUrl}
            onChange={(event) => setServerUrl(event.currentTarget.value)}
            required
            autoComplete="url"
          />
          <TextInput
            label={t('login.username')}
            value={username}
            onChange={(event) => setUsername(event.currentTarget.value)}
            required
            autoComplete="username"
          />
          <PasswordInput
            label={t('login.password')}
            description={t('login.passwordHint')}
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            required
            autoComplete="current-password"
          />
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={busy}>
              {t('login.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
