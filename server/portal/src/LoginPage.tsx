import { Alert, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { api, ApiError, session, type Account } from './api';

export function LoginPage({ onLogin }: { onLogin: (account: Account) => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await api.login(username, password);
      session.set(result.token);
      // OPD accounts report here and the admin manages accounts here; secretaries work in the app.
      if (result.account.role === 'secretary') {
        await api.logout().catch(() => undefined);
        session.clear();
        setError('Portal ini untuk akun OPD dan admin. Sekretaris memakai aplikasi Risalah.');
        return;
      }
      onLogin(result.account);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'Gagal masuk. Coba lagi.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack align="center" justify="center" mih="100vh" p="md" bg="gray.0">
      <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={420} component="form" onSubmit={submit}>
        <Stack gap="md">
          <div>
            <Text c="pemda.8" fw={700} size="sm" tt="uppercase">
              Risalah
            </Text>
            <Title order={1} size="h2">
              Portal Tindak Lanjut OPD
            </Title>
            <Text c="dimmed" size="sm" mt={4}>
              Masuk dengan akun OPD Anda untuk melihat butir tindak lanjut dan melaporkan perkembangannya. Admin Setda
              masuk di sini untuk mengelola akun.
            </Text>
          </div>
          {error && (
            <Alert color="red" role="alert" title="Tidak dapat masuk">
              {error}
            </Alert>
          )}
          <TextInput
            label="Nama pengguna"
            autoComplete="username"
            required
            autoFocus
            value={username}
            onChange={(event) => setUsername(event.currentTarget.value)}
          />
          <PasswordInput
            label="Kata sandi"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
          />
          <Button type="submit" loading={busy} fullWidth>
            Masuk
          </Button>
        </Stack>
      </Paper>
    </Stack>
  );
}
