import { Button, Text } from '@mantine/core';
import { useState } from 'react';
import { api, type Account, type AccountRow, type UnitChoice } from '../api';
import { AccountFormModal } from './AccountFormModal';
import { AccountsTable } from './AccountsTable';
import { PortalPage } from '../PortalPage';
import { PasswordModal } from './PasswordModal';
import { ToggleModal } from './ToggleModal';
import { useServerList } from '../useServerList';

type Props = { account: Account; onLogout: () => void; onSessionEnded: () => void };
type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; row: AccountRow }
  | { kind: 'password'; row: AccountRow }
  | { kind: 'toggle'; row: AccountRow };
type Loaded = { accounts: AccountRow[]; units: UnitChoice[]; minLength: number };

/** Every account and the OPD an account may belong to, read together. */
async function fetchAccounts(): Promise<Loaded> {
  const [list, units] = await Promise.all([api.accounts(), api.units()]);
  return { accounts: list.accounts, units: units.units, minLength: list.password_min_length };
}

/** The Setda administrator's page: every account of the server, and the dialogs that change them. */
export function AccountsPage({ account, onLogout, onSessionEnded }: Props) {
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const list = useServerList(fetchAccounts, 'Daftar akun tidak dapat dimuat.', onSessionEnded);
  const data = list.data;

  const finished = (message: string) => {
    setDialog(null);
    setDone(message);
    list.reload();
  };
  const active = data?.accounts.filter((row) => !row.disabled).length ?? 0;

  return (
    <>
      <PortalPage
        account={account}
        section="Administrasi Akun"
        onLogout={onLogout}
        width="lg"
        title="Akun"
        summary={data === null ? 'Memuat…' : `${data.accounts.length} akun, ${active} aktif`}
        action={
          <Button onClick={() => setDialog({ kind: 'create' })} disabled={data === null}>
            Tambah akun
          </Button>
        }
        notice={done === null ? null : { title: 'Tersimpan', text: done }}
        onDismissNotice={() => setDone(null)}
        list={list}
        errorTitle="Daftar akun tidak dapat dimuat"
      >
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
            Belum ada OPD di server: akun OPD dapat dibuat setelah aplikasi Risalah mengirim Data Master (sinkronisasi).
          </Text>
        )}
      </PortalPage>
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
