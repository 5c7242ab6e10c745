import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PersonId, UnitId } from '../../../../shared/domain/ids';
import { MasterDataPage } from '../../../../renderer/src/features/masterData/MasterDataPage';
import { setApi } from '../../../../renderer/src/lib/api';
import { fakeApi } from '../../support/fakeApi';
import { renderWithProviders } from '../../support/renderApp';
import { ok, person, unit } from '../../support/records';
import { freshAppEachTest } from '../../support/freshApp';

// Two shared cores run these beside the main-process suites: give slow renders room before failing.
configure({ asyncUtilTimeout: 5000 });
freshAppEachTest();

const SETDA = unit({ code: 'SETDA', name: 'Sekretariat Daerah', shortName: 'Setda' });
const SEKDA = person({});
const WABUP = person({
  id: '66666666-6666-4666-8666-666666666666' as PersonId,
  name: 'Nama Wakil Bupati Contoh, S.E.',
  nip: null,
  rankCode: null,
  position: 'Wakil Bupati Contoh',
  isPolitical: true,
});

describe('Data Master > Pejabat', () => {
  it('lists officials with the NIP grouped 8-6-1-3 and political offices marked in words', async () => {
    setApi(fakeApi({ 'units:list': () => ok([SETDA]), 'people:list': () => ok([WABUP, SEKDA]) }));
    renderWithProviders(<MasterDataPage />, '/?bagian=pejabat');
    const table = await screen.findByRole('table', { name: 'Daftar pejabat' });
    const sekda = within(table).getByText('Sri Wijaya, M.Si.').closest('tr') as HTMLElement;
    expect(within(sekda).getByText('NIP. 19780618 200004 2 012')).toBeInTheDocument();
    expect(within(sekda).getByText('IV/e')).toBeInTheDocument();
    const wabup = within(table).getByText('Nama Wakil Bupati Contoh, S.E.').closest('tr') as HTMLElement;
    expect(within(wabup).getByText('Pejabat politik, tanpa NIP')).toBeInTheDocument();
    expect(within(wabup).getByText('Politik')).toBeInTheDocument();
    expect(screen.getByText('2 pejabat')).toBeInTheDocument();
  });

  it('searches in main with the typed words and the chosen OPD', async () => {
    const api = fakeApi({
      'units:list': () => ok([SETDA]),
      'people:list': (input) => ok(input.query ? [SEKDA] : [SEKDA, WABUP]),
    });
    setApi(api);
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<MasterDataPage />, '/?bagian=pejabat');
    await screen.findByRole('table', { name: 'Daftar pejabat' });
    await user.type(screen.getByLabelText('Cari pejabat'), '19780618');
    await waitFor(() => expect(screen.queryByText('Nama Wakil Bupati Contoh, S.E.')).toBeNull());
    const last = api.calls.filter((c) => c.channel === 'people:list').at(-1);
    expect(last?.input).toEqual({ query: '19780618', includeInactive: false });
  });

  it("checks the NIP when the field is left and shows main's refusal in the form", async () => {
    const api = fakeApi({
      'units:list': () => ok([SETDA]),
      'people:list': () => ok([]),
      'people:create': () => ({
        ok: false,
        error: { code: 'INVALID_INPUT', message: 'NIP harus 18 digit; yang diisi 17 digit.' },
      }),
    });
    setApi(api);
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<MasterDataPage />, '/?bagian=pejabat');
    expect(await screen.findByText('Belum ada pejabat')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tambah pejabat' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/Nama lengkap/), 'Budi Santoso, S.E.');
    await user.type(within(dialog).getByLabelText(/^NIP/), '19680204 199103 100');
    await user.tab();
    expect(await within(dialog).findByText('NIP harus 18 digit; yang diisi 17 digit.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('NIP harus 18 digit; yang diisi 17 digit.');
  });

  it('clears NIP and pangkat for a political office and sends the whole official', async () => {
    const api = fakeApi({
      'units:list': () => ok([SETDA]),
      'people:list': () => ok([]),
      'people:create': (input) =>
        ok(
          person({ ...input, id: '77777777-7777-4777-8777-777777777777' as PersonId, unitName: 'Sekretariat Daerah' }),
        ),
    });
    setApi(api);
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<MasterDataPage />, '/?bagian=pejabat');
    await screen.findByText('Belum ada pejabat');
    await user.click(screen.getByRole('button', { name: 'Tambah pejabat' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/Nama lengkap/), 'Nama Bupati Contoh, S.H.');
    await user.type(within(dialog).getByLabelText(/^NIP/), '196802041991031005');
    await user.click(within(dialog).getByLabelText(/Pejabat politik/));
    expect(within(dialog).getByLabelText(/^NIP/)).toBeDisabled();
    await user.type(within(dialog).getByLabelText('Jabatan'), 'Bupati Contoh');
    await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.calls.find((c) => c.channel === 'people:create')?.input).toEqual({
      name: 'Nama Bupati Contoh, S.H.',
      nip: null,
      rankCode: null,
      position: 'Bupati Contoh',
      unitId: null,
      phone: '',
      email: '',
      isPolitical: true,
    });
    expect(
      within(screen.getByRole('table', { name: 'Daftar pejabat' })).getByText('Nama Bupati Contoh, S.H.'),
    ).toBeInTheDocument();
  });

  it('edits an official from the row menu with the unit picked from the list', async () => {
    const api = fakeApi({
      'units:list': () => ok([SETDA]),
      'people:list': () => ok([SEKDA]),
      'people:update': (input) => ok(person({ ...input, unitName: 'Sekretariat Daerah' })),
    });
    setApi(api);
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<MasterDataPage />, '/?bagian=pejabat');
    await screen.findByRole('table', { name: 'Daftar pejabat' });
    await user.click(screen.getByRole('button', { name: 'Aksi untuk Sri Wijaya, M.Si.' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Ubah', hidden: true }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText(/^NIP/)).toHaveValue('19780618 200004 2 012');
    await user.clear(within(dialog).getByLabelText('Jabatan'));
    await user.type(within(dialog).getByLabelText('Jabatan'), 'Penjabat Sekretaris Daerah');
    await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.calls.find((c) => c.channel === 'people:update')?.input).toMatchObject({
      id: SEKDA.id,
      position: 'Penjabat Sekretaris Daerah',
      nip: '19780618 200004 2 012',
      rankCode: 'IV/e',
      unitId: '11111111-1111-4111-8111-111111111111' as UnitId,
    });
    expect(screen.getByText('Penjabat Sekretaris Daerah')).toBeInTheDocument();
  });
});
