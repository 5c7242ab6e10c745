import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { api, type AccountRow } from '../api';
import { FormError } from '../FormError';
import { useServerAction } from '../useServerAction';

type Props = { row: AccountRow; minLength: number; onClose: () => void; onSaved: (row: AccountRow) => void };

/** A new password set by the admin; the server ends the account's open sessions with it. */
export function PasswordModal({ row, minLength, onClose, onSaved }: Props) {
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [touched, setTouched] = useState(false);
  const { busy, error, run } = useServerAction('Kata sandi tidak dapat diatur ulang. Coba lagi.');

  const tooShort = password.length < minLength ? `Kata sandi paling sedikit ${minLength} karakter.` : null;
  const mismatch = repeat !== password ? 'Kedua kata sandi tidak sama.' : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (tooShort || mismatch) return;
    await run(async () => onSaved(await api.updateAccount(row.id, { password })));
  };

  return (
    <Modal opened onClose={onClose} title="Atur ulang kata sandi">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            Kata sandi baru untuk <b>{row.display_name}</b> ({row.username}). Sesi akun ini yang sedang terbuka akan
            diakhiri.
          </Text>
          <FormError title="Tidak tersimpan" error={error} />
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
