import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { api, ApiError, type AccountRow } from '../api';

type Props = { row: AccountRow; minLength: number; onClose: () => void; onSaved: (row: AccountRow) => void };

/** A new password set by the admin; the server ends the account's open sessions with it. */
export function PasswordModal({ row, minLength, onClose, onSaved }: Props) {
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const tooShort = password.length < minLength ? `Kata sandi paling sedikit ${minLength} karakter.` : null;
  const mismatch = repeat !== password ? 'Kedua kata sandi tidak sama.' : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (tooShort || mismatch) return;
    setBusy(true);
    setError(null);
    try {
      onSaved(await api.updateAccount(row.id, { password }));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'Kata sandi tidak dapat diatur ulang. Coba lagi.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title="Atur ulang kata sandi">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            Kata sandi baru untuk <b>{row.display_name}</b> ({row.username}). Sesi akun ini yang sedang terbuka akan
            diakhiri.
          </Text>
          {error && (
            <Alert color="red" role="alert" title="Tidak tersimpan">
              {error}
            </Alert>
          )}
          <PasswordInput
            label="Kata sandi baru"
            description={`Paling sedikit ${minLength} karakter.`}
            required
            data-autofocus
            autoComplete="new-password"
            value={password}
            error={touched ? tooShort : null}
            onChange={(event) => setPassword(event.currentTarget.value)}
          />
          <PasswordInput
            label="Ulangi kata sandi baru"
            required
            autoComplete="new-password"
            value={repeat}
            error={touched ? mismatch : null}
            onChange={(event) => setRepeat(event.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Batal
            </Button>
            <Button type="submit" loading={busy}>
              Atur ulang
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
