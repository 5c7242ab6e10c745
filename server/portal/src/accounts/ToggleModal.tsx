import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { api, type AccountRow } from '../api';
import { FormError } from '../FormError';
import { useServerAction } from '../useServerAction';

type Props = { row: AccountRow; onClose: () => void; onSaved: (row: AccountRow) => void };

/** Disabling is reversible, but it ends the account's sessions at once: the admin confirms it. */
export function ToggleModal({ row, onClose, onSaved }: Props) {
  const { busy, error, run } = useServerAction('Akun tidak dapat diubah. Coba lagi.');
  const disabling = !row.disabled;

  const confirm = () => run(async () => onSaved(await api.updateAccount(row.id, { disabled: disabling })));

  return (
    <Modal opened onClose={onClose} title={disabling ? 'Nonaktifkan akun' : 'Aktifkan akun'}>
      <Stack gap="md">
        <Text size="sm">
          {disabling
            ? `${row.display_name} (${row.username}) tidak dapat masuk lagi dan sesinya yang terbuka diakhiri. Akun dapat diaktifkan kembali kapan saja.`
            : `${row.display_name} (${row.username}) dapat masuk kembali dengan kata sandinya.`}
        </Text>
        <FormError title="Tidak tersimpan" error={error} />
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
