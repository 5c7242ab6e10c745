import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { api, ApiError, type AccountRow } from '../api';

type Props = { row: AccountRow; onClose: () => void; onSaved: (row: AccountRow) => void };

/** Disabling is reversible, but it ends the account's sessions at once: the admin confirms it. */
export function ToggleModal({ row, onClose, onSaved }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const disabling = !row.disabled;

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      onSaved(await api.updateAccount(row.id, { disabled: disabling }));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'Akun tidak dapat diubah. Coba lagi.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={disabling ? 'Nonaktifkan akun' : 'Aktifkan akun'}>
      <Stack gap="md">
        <Text size="sm">
          {disabling
            ? `${row.display_name} (${row.username}) tidak dapat masuk lagi dan sesinya yang terbuka diakhiri. Akun dapat diaktifkan kembali kapan saja.`
            : `${row.display_name} (${row.username}) dapat masuk kembali dengan kata sandinya.`}
        </Text>
        {error && (
          <Alert color="red" role="alert" title="Tidak tersimpan">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Batal
          </Button>
          <Button color={disabling ? 'red' : undefined} loading={busy} onClick={() => void confirm()}>
            {disabling ? 'Nonaktifkan' : 'Aktifkan'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
