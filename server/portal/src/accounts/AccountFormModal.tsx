import { Alert, Button, Group, Modal, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { api, type AccountRow, type Role, type UnitChoice } from '../api';
import { FormError } from '../FormError';
import { useServerAction } from '../useServerAction';
import { ROLE_HINTS, ROLE_OPTIONS } from './accountLabels';

type Props = {
  editing: AccountRow | null;
  units: UnitChoice[];
  minLength: number;
  onClose: () => void;
  onSaved: (row: AccountRow, created: boolean) => void;
};

// The server's own rule for a username (server/api/accountRoutes.ts), checked here so the admin sees it at once.
const USERNAME = /^[A-Za-z0-9._-]{3,64}$/;

/** "Tambah akun" and "Ubah akun": the username and first password only when the account is new. */
export function AccountFormModal({ editing, units, minLength, onClose, onSaved }: Props) {
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState(editing?.display_name ?? '');
  const [role, setRole] = useState<Role>(editing?.role ?? 'opd');
  const [unitId, setUnitId] = useState<string | null>(editing?.unit_id ?? null);
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState(false);
  const { busy, error, run } = useServerAction('Akun tidak dapat disimpan. Coba lagi.');

  const problems = {
    username:
      editing === null && !USERNAME.test(username.trim())
        ? 'Nama pengguna 3-64 huruf, angka, titik, garis bawah atau tanda hubung.'
        : null,
    displayName: displayName.trim() === '' ? 'Nama tampilan wajib diisi.' : null,
    unit: role === 'opd' && unitId === null ? 'Pilih OPD akun ini.' : null,
    password:
      editing === null && password.length < minLength ? `Kata sandi paling sedikit ${minLength} karakter.` : null,
  };
  const shown = (problem: string | null) => (touched ? problem : null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (Object.values(problems).some((problem) => problem !== null)) return;
    const unit = role === 'opd' ? unitId : null;
    await run(async () => {
      const saved =
        editing === null
          ? await api.createAccount({
              username: username.trim(),
              display_name: displayName.trim(),
              role,
              unit_id: unit,
              password,
            })
          : await api.updateAccount(editing.id, {
              display_name: displayName.trim(),
              ...(role !== editing.role ? { role } : {}),
              unit_id: unit,
            });
      onSaved(saved, editing === null);
    });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={editing === null ? 'Tambah akun' : `Ubah akun ${editing.username}`}
      size="md"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormError title="Tidak tersimpan" error={error} />
          {editing === null && (
            <TextInput
              label="Nama pengguna"
              description="Dipakai untuk masuk; tidak dapat diubah kemudian."
              required
              data-autofocus
              autoComplete="off"
              value={username}
              error={shown(problems.username)}
              onChange={(event) => setUsername(event.currentTarget.value)}
            />
          )}
          <TextInput
            label="Nama tampilan"
            description="Nama yang terlihat di portal, mis. Dinas Kesehatan."
            required
            data-autofocus={editing !== null || undefined}
            value={displayName}
            error={shown(problems.displayName)}
            onChange={(event) => setDisplayName(event.currentTarget.value)}
          />
          <Select
            label="Peran"
            required
            allowDeselect={false}
            data={ROLE_OPTIONS}
            value={role}
            description={ROLE_HINTS[role]}
            onChange={(value) => value && setRole(value as Role)}
          />
          {role === 'opd' && (
            <Select
              label="OPD"
              placeholder={units.length === 0 ? 'Belum ada OPD di server' : 'Pilih OPD'}
              required
              searchable
              nothingFoundMessage="OPD tidak ditemukan"
              data={units.map((unit) => ({ value: unit.id, label: unit.name }))}
              value={unitId}
              error={shown(problems.unit)}
              onChange={setUnitId}
              comboboxProps={{ withinPortal: true }}
            />
          )}
          {editing === null && (
            <PasswordInput
              label="Kata sandi awal"
              description={`Paling sedikit ${minLength} karakter. Sampaikan kepada pemilik akun secara langsung.`}
              required
              autoComplete="new-password"
              value={password}
              error={shown(problems.password)}
              onChange={(event) => setPassword(event.currentTarget.value)}
            />
          )}
          {editing !== null && role !== editing.role && (
            <Alert color="yellow" title="Peran berubah">
              Sesi akun ini yang sedang terbuka akan diakhiri; pemiliknya masuk kembali.
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Batal
            </Button>
            <Button type="submit" loading={busy}>
              {editing === null ? 'Buat akun' : 'Simpan'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
