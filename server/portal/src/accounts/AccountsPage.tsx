import { Alert, Button, Center, Container, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError, type Account, type AccountRow, type UnitChoice } from '../api';
import { AccountFormModal } from './AccountFormModal';
import { AccountsTable } from './AccountsTable';
import { PasswordModal } from './PasswordModal';
import { ToggleModal } from './ToggleModal';

type Props = { account: Account; onLogout: () => void; onSessionEnded: () => void };
type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; row: AccountRow }
  | { kind: 'password'; row: AccountRow }
  | { kind: 'toggle'; row: AccountRow };
type Loaded = { accounts: AccountRow[]; units: UnitChoice[]; minLength: number };

/** The Setda administrator's page: every account of the server, and the dialogs that change them. */
export function AccountsPage({ account, onLogout, onSessionEnded }: Props) {
  const [data, setData] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const load = useCallback(() => {
    setError(null);
    Promise.all([api.accounts(), api.units()])
      .then(([list, units]) =>
        setData({ accounts: list.accounts, units: units.units, minLength: list.password_min_length }),
      )
      .catch((caught: unknown) => {
        if (caught instanceof ApiError && caught.status === 401) onSessionEnded();
        else setError(caught instanceof ApiError ? caught.message : 'Daftar akun tidak dapat dimuat.');
      });
  }, [onSessionEnded]);

  useEffect(load, [load]);

  const finished = (message: string) => {
    setDialog(null);
    setDone(message);
    load();
  };
  const active = data?.accounts.filter((row) => !row.disabled).length ?? 0;

  return (
    <>
      <Paper component="header" radius={0} bg="pemda.8" c="white" px="lg" py="sm">
        <Group justify="space-between">
          <Group gap="xs">
            <Text fw={700}>Risalah</Text>
            <Text opacity={0.85}>Administrasi Akun</Text>
          </Group>
          <Group gap="sm">
            <Text size="sm">{account.display_name}</Text>
            <Button variant="white" size="xs" onClick={onLogout}>
              Keluar
            </Button>
          </Group>
        </Group>
      </Paper>
      <Container size="lg" py="lg" component="main">
        <Stack gap="md">
          <Group justify="space-between" align="flex-end">
            <div>
              <Title order={1} size="h2">
                Akun
              </Title>
              <Text c="dimmed" size="sm">
                {data === null ? 'Memuat…' : `${data.accounts.length} akun, ${active} aktif`}
              </Text>
            </div>
            <Button onClick={() => setDialog({ kind: 'create' })} disabled={data === null}>
              Tambah akun
            </Button>
          </Group>
          {done && (
            <Alert
              color="green"
              role="status"
              withCloseButton
              closeButtonLabel="Tutup"
              onClose={() => setDone(null)}
              title="Tersimpan"
            >
              {done}
            </Alert>
          )}
          {error && (
            <Alert color="red" role="alert" title="Daftar akun tidak dapat dimuat">
              <Stack gap="xs" align="flex-start">
                {error}
                <Button size="xs" variant="light" color="red" onClick={load}>
                  Coba lagi
                </Button>
              </Stack>
            </Alert>
          )}
          {data === null && !error && (
            <Center py="xl">
              <Loader aria-label="Memuat" />
            </Center>
          )}
          {data !== null && (
            <AccountsTable
              accounts={data.accounts}
              units={data.units}
              selfId={account.id}
              onEdit={(row) => setDialog({ kind: 'edit', row })}
              onPassword={(row) => setDialog({ kind: 'password', row })}
              onToggle={(row) => setDialog({ kind: 'toggle', row })}
            />
          )}
          {data !== null && data.units.length === 0 && (
            <Text c="dimmed" size="sm">
              Belum ada OPD di server: akun OPD dapat dibuat setelah aplikasi Risalah mengirim Data Master
              (sinkronisasi).
            </Text>
          )}
        </Stack>
      </Container>
      {data !== null && (dialog?.kind === 'create' || dialog?.kind === 'edit') && (
        <AccountFormModal
          editing={dialog.kind === 'edit' ? dialog.row : null}
          units={data.units}
          minLength={data.minLength}
          onClose={() => setDialog(null)}
          onSaved={(row, created) => finished(`Akun ${row.username} ${created ? 'dibuat' : 'diperbarui'}.`)}
        />
      )}
      {data !== null && dialog?.kind === 'password' && (
        <PasswordModal
          row={dialog.row}
          minLength={data.minLength}
          onClose={() => setDialog(null)}
          onSaved={(row) => finished(`Kata sandi ${row.username} diatur ulang; sesinya yang terbuka telah diakhiri.`)}
        />
      )}
      {dialog?.kind === 'toggle' && (
        <ToggleModal
          row={dialog.row}
          onClose={() => setDialog(null)}
          onSaved={(row) => finished(`Akun ${row.username} ${row.disabled ? 'dinonaktifkan' : 'diaktifkan kembali'}.`)}
        />
      )}
    </>
  );
}
