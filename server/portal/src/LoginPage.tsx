import { Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { api, session, type Account } from './api';
import { FormError } from './FormError';
import { useServerAction } from './useServerAction';

export function LoginPage({ onLogin }: { onLogin: (account: Account) => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, setError, run } = useServerAction('Gagal masuk. Coba lagi.');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run(async () => {
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
    });
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
          <FormError title="Tidak dapat masuk" error={error} />
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
