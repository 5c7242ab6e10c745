import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { UnitId } from '../../../../shared/domain/ids';
import { MasterDataPage } from '../../../../renderer/src/features/masterData/MasterDataPage';
import { setApi } from '../../../../renderer/src/lib/api';
import { fakeApi } from '../../support/fakeApi';
import { renderWithProviders } from '../../support/renderApp';
import { ok, unit, unitCoded } from '../../support/records';
import { freshAppEachTest } from '../../support/freshApp';
import { fail } from '../../../../shared/ipc/result';
import type { Api } from '../../../../shared/ipc/contract';

// Two shared cores run these beside the main-process suites: give slow renders room before failing.
configure({ asyncUtilTimeout: 5000 });
freshAppEachTest();

const SETDA = unitCoded('SETDA', 'Sekretariat Daerah', { shortName: 'Setda', kind: 'sekretariat' });
const DINKES = unit({});
const LAMA = unitCoded('DISHUT', 'Dinas Kehutanan', { shortName: 'Dishut', active: false });

/** The OPD list over api, with "Hapus" chosen in the row menu of the OPD named. */
async function chooseDelete(api: Api, unitName: string) {
  setApi(api);
  const user = userEvent.setup({ delay: null });
  renderWithProviders(<MasterDataPage />);
  await screen.findByRole('table', { name: 'Daftar OPD' });
  await user.click(screen.getByRole('button', { name: `Aksi untuk ${unitName}` }));
  await user.click(await screen.findByRole('menuitem', { name: 'Hapus' }));
  return user;
}

describe('Data Master > OPD', () => {
  it('shows an empty state that points to adding or importing', async () => {
    setApi(fakeApi({ 'units:list': () => ok([]) }));
    renderWithProviders(<MasterDataPage />);
    expect(await screen.findByText('Belum ada OPD')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tambah OPD' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Impor CSV/Excel' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'OPD' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: 'Pejabat' })).toBeInTheDocument();
  });

  it('lists active units with kind and status in words, searches instantly and reveals inactive ones', async () => {
    setApi(fakeApi({ 'units:list': () => ok([DINKES, SETDA, LAMA]) }));
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<MasterDataPage />);
    const table = await screen.findByRole('table', { name: 'Daftar OPD' });
    const row = within(table).getByText('Sekretariat Daerah').closest('tr') as HTMLElement;
    expect(within(row).getByText('Sekretariat')).toBeInTheDocument();
    expect(within(row).getByText('Aktif')).toBeInTheDocument();
    expect(within(table).queryByText('Dinas Kehutanan')).toBeNull();
    expect(screen.getByText('2 ditampilkan · 2 aktif dari 3 OPD')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Cari OPD'), 'dinkes');
    expect(within(table).getByText('Dinas Kesehatan')).toBeInTheDocument();
    expect(within(table).queryByText('Sekretariat Daerah')).toBeNull();

    await user.clear(screen.getByLabelText('Cari OPD'));
    await user.click(screen.getByLabelText('Tampilkan yang nonaktif'));
    const inactive = within(table).getByText('Dinas Kehutanan').closest('tr') as HTMLElement;
    expect(within(inactive).getByText('Nonaktif')).toBeInTheDocument();
  });

  it("creates a unit through the form and keeps the form open with main's message on refusal", async () => {
    let attempt = 0;
    const api = fakeApi({
      'units:list': () => ok([SETDA]),
      'units:create': (input) => {
        attempt += 1;
        if (attempt === 1)
          return {
            ok: false,
            error: { code: 'CONFLICT', message: 'Kode OPD "SETDA" sudah dipakai oleh Sekretariat Daerah.' },
          };
        return ok(unit({ ...input, id: '55555555-5555-4555-8555-555555555555' as UnitId }));
      },
    });
    setApi(api);
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<MasterDataPage />);
    await screen.findByRole('table', { name: 'Daftar OPD' });
    await user.click(screen.getByRole('button', { name: 'Tambah OPD' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/Nama resmi/), 'Dinas Lingkungan Hidup');
    await user.type(within(dialog).getByLabelText(/Singkatan/), 'DLH');
    await user.type(within(dialog).getByLabelText(/^Kode/), 'SETDA');
    await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Kode OPD "SETDA" sudah dipakai oleh Sekretariat Daerah.',
    );
    await user.clear(within(dialog).getByLabelText(/^Kode/));
    await user.type(within(dialog).getByLabelText(/^Kode/), 'DLH');
    await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(
      within(screen.getByRole('table', { name: 'Daftar OPD' })).getByText('Dinas Lingkungan Hidup'),
    ).toBeInTheDocument();
    expect(api.calls.filter((c) => c.channel === 'units:create').at(-1)?.input).toEqual({
      code: 'DLH',
      name: 'Dinas Lingkungan Hidup',
      shortName: 'DLH',
      kind: 'dinas',
    });
  });

  it('offers to deactivate when main refuses to delete a unit that is still used', async () => {
    const api = fakeApi({
      'units:list': () => ok([SETDA]),
      'units:delete': () => ({
        ok: false,
        error: {
          code: 'CONFLICT',
          message:
            'Sekretariat Daerah tidak dapat dihapus karena masih dipakai oleh 3 pejabat. Nonaktifkan saja agar tidak muncul lagi di pilihan.',
        },
      }),
      'units:set-active': (input) => ok({ ...SETDA, active: input.active }),
    });
    const user = await chooseDelete(api, 'Sekretariat Daerah');
    expect(await screen.findByText(/masih dipakai oleh 3 pejabat/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Nonaktifkan' }));
    await waitFor(() => expect(api.calls.some((c) => c.channel === 'units:set-active')).toBe(true));
    expect(api.calls.find((c) => c.channel === 'units:set-active')?.input).toEqual({ id: SETDA.id, active: false });
    expect(
      await screen.findByText('Sekretariat Daerah dinonaktifkan; tidak lagi muncul di pilihan rapat.'),
    ).toBeInTheDocument();
  });

  it('deletes an unused unit with an undo in the toast', async () => {
    const api = fakeApi({
      'units:list': () => ok([DINKES]),
      'units:delete': (input) => ok({ id: input.id }),
      'units:restore': () => ok(DINKES),
    });
    const user = await chooseDelete(api, 'Dinas Kesehatan');
    expect(await screen.findByText('Belum ada OPD')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Batalkan' }));
    expect(await screen.findByRole('table', { name: 'Daftar OPD' })).toBeInTheDocument();
    expect(api.calls.map((c) => c.channel)).toContain('units:restore');
  });

  it("shows main's message with a retry when the list cannot be loaded", async () => {
    setApi(
      fakeApi({
        'units:list': () => fail('INTERNAL', 'Basis data sedang dipakai proses lain.'),
      }),
    );
    renderWithProviders(<MasterDataPage />);
    expect(await screen.findByText('Daftar OPD tidak dapat dimuat')).toBeInTheDocument();
    expect(screen.getByText('Basis data sedang dipakai proses lain.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Coba lagi' })).toBeInTheDocument();
  });
});
