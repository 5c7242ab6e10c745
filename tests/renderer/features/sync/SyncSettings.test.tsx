import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SYNC_OFFLINE_MESSAGE, type SyncStatus } from '../../../../shared/domain/sync';
import { SyncIndicator, SyncSettings } from '../../../../renderer/src/features/sync';
import { setApi } from '../../../../renderer/src/lib/api';
import { useAppStore } from '../../../../renderer/src/store';
import { fakeApi } from '../../support/fakeApi';
import { renderWithProviders } from '../../support/renderApp';

const UNLINKED: SyncStatus = {
  configured: false,
  serverUrl: '',
  username: '',
  displayName: '',
  role: null,
  lastSyncAt: null,
  pending: 0,
  lastError: null,
  conflicts: 0,
  running: false,
  recentConflicts: [],
};

const LINKED: SyncStatus = {
  ...UNLINKED,
  configured: true,
  serverUrl: 'https://risalah.setda.go.id',
  username: 'ani',
  displayName: 'Ani Rahmawati',
  role: 'secretary',
  lastSyncAt: Date.UTC(2026, 10, 27, 2, 30),
  pending: 3,
  lastError: SYNC_OFFLINE_MESSAGE,
  conflicts: 1,
  recentConflicts: [
    {
      id: 7,
      at: Date.UTC(2026, 10, 27, 2, 31),
      kind: 'conflict',
      entity: 'commitments',
      label: 'Menyusun rencana aksi stunting',
      otherBy: 'setda',
      message: '',
    },
  ],
};

beforeEach(() => useAppStore.setState({ syncStatus: null }));
afterEach(() => setApi(null));

describe('features/sync/SyncSettings', () => {
  it('signs in with address, account and password, then shows where sync stands', async () => {
    const api = fakeApi({
      'sync:status': () => ({ ok: true, value: UNLINKED }),
      'sync:configure': () => ({ ok: true, value: LINKED }),
    });
    setApi(api);
    renderWithProviders(<SyncSettings />);
    await userEvent.type(await screen.findByLabelText(/Alamat server/), 'https://risalah.setda.go.id');
    await userEvent.type(screen.getByLabelText(/Nama akun/), 'ani');
    await userEvent.type(screen.getByLabelText(/Kata sandi/), 'rahasia');
    await userEvent.click(screen.getByRole('button', { name: 'Masuk' }));
    await waitFor(() =>
      expect(api.calls.find((entry) => entry.channel === 'sync:configure')?.input).toEqual({
        serverUrl: 'https://risalah.setda.go.id',
        username: 'ani',
        password: 'rahasia',
      }),
    );
    const table = await screen.findByTestId('sync-status-table');
    expect(table).toHaveTextContent('Ani Rahmawati (ani) · Sekretariat');
    expect(table).toHaveTextContent('3 perubahan');
    expect(screen.getByTestId('sync-last-error')).toHaveTextContent(SYNC_OFFLINE_MESSAGE);
    const conflicts = screen.getByTestId('sync-conflicts');
    expect(
      within(conflicts).getByText(
        /Perubahan Anda pada tindak lanjut “Menyusun rencana aksi stunting” ditimpa oleh setda\./,
      ),
    ).toBeInTheDocument();
    // The password field is gone with the form: nothing of it stays on screen.
    expect(screen.queryByLabelText(/Kata sandi/)).toBeNull();
  });

  it("shows main's Indonesian refusal of a wrong password", async () => {
    setApi(
      fakeApi({
        'sync:status': () => ({ ok: true, value: UNLINKED }),
        'sync:configure': () => ({
          ok: false,
          error: { code: 'FORBIDDEN', message: 'Nama pengguna atau kata sandi salah.' },
        }),
      }),
    );
    renderWithProviders(<SyncSettings />);
    await userEvent.type(await screen.findByLabelText(/Alamat server/), 'https://risalah.setda.go.id');
    await userEvent.type(screen.getByLabelText(/Nama akun/), 'ani');
    await userEvent.type(screen.getByLabelText(/Kata sandi/), 'salah');
    await userEvent.click(screen.getByRole('button', { name: 'Masuk' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Nama pengguna atau kata sandi salah.');
    expect(screen.getByLabelText(/Kata sandi/)).toHaveValue('');
  });

  it('"Sinkronkan sekarang" and "Keluar" go through main', async () => {
    let status: SyncStatus = LINKED;
    const api = fakeApi({
      'sync:status': () => ({ ok: true, value: status }),
      'sync:now': () => {
        status = { ...LINKED, pending: 0, lastError: null };
        return { ok: true, value: status };
      },
      'sync:disconnect': () => {
        status = { ...UNLINKED, serverUrl: LINKED.serverUrl, username: 'ani' };
        return { ok: true, value: status };
      },
    });
    setApi(api);
    renderWithProviders(<SyncSettings />);
    await userEvent.click(await screen.findByRole('button', { name: 'Sinkronkan sekarang' }));
    await waitFor(() => expect(screen.getByTestId('sync-status-table')).toHaveTextContent('tidak ada'));
    await userEvent.click(screen.getByRole('button', { name: 'Keluar' }));
    expect(await screen.findByLabelText(/Alamat server/)).toHaveValue('https://risalah.setda.go.id');
  });
});

describe('features/sync/SyncIndicator', () => {
  it('says nothing before she links a server, then where sync stands in words', async () => {
    let status: SyncStatus = UNLINKED;
    setApi(fakeApi({ 'sync:status': () => ({ ok: true, value: status }) }));
    const view = renderWithProviders(<SyncIndicator />);
    await waitFor(() => expect(useAppStore.getState().syncStatus).not.toBeNull());
    expect(screen.queryByTestId('sync-indicator')).toBeNull();
    status = LINKED;
    view.unmount();
    renderWithProviders(<SyncIndicator />);
    const indicator = await screen.findByTestId('sync-indicator');
    expect(indicator).toHaveTextContent('Server tidak terhubung');
    expect(indicator).toHaveAccessibleName(/^Status server bersama: Server tidak terhubung\./);
  });
});
