import { Alert, Button, Card, Group, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../../shared/domain/sync';
import { useAction } from '../../components/kit/useAction';
import { useFormDraft } from '../../components/kit/useFormDraft';
import { useAppStore } from '../../store';

type Key = 'serverUrl' | 'username' | 'password';

/** Address, account and password: the password goes to main once, for the login, and is then forgotten. */
export function SyncLoginForm({ status }: Readonly<{ status: SyncStatus }>) {
  const { t } = useTranslation('sync');
  const configure = useAppStore((s) => s.configureSync);
  const { run, busy, error } = useAction(configure);
  // No draft (name null): a password must never be kept on disk.
  const initial = useMemo(() => ({ serverUrl: status.serverUrl, username: status.username, password: '' }), [status]);
  const { values, bind, change } = useFormDraft(null, initial);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { serverUrl, username, password } = values;
    const result = await run({ serverUrl: serverUrl.trim(), username: username.trim(), password });
    change('password', '');
    if (result.ok) notifications.show({ color: 'green', message: t('login.loggedIn') });
  };

  // All three are needed to sign in; each is labelled `login.<key>`, and the browser may fill it in (autoComplete).
  const field = (Input: typeof TextInput | typeof PasswordInput, key: Key, autoComplete: string, hint?: string) => (
    <Input label={t(`login.${key}`)} description={hint} {...bind(key)} required autoComplete={autoComplete} />
  );

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
          {field(TextInput, 'serverUrl', 'url', t('login.serverUrlHint'))}
          {field(TextInput, 'username', 'username')}
          {field(PasswordInput, 'password', 'current-password', t('login.passwordHint'))}
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
