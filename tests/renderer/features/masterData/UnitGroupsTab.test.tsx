import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { UnitGroupId, UnitId } from '../../../../shared/domain/ids';
import type { UnitGroup } from '../../../../shared/domain/masterData';
import { MasterDataPage } from '../../../../renderer/src/features/masterData/MasterDataPage';
import { clearDraft } from '../../../../renderer/src/lib/formDrafts';
import { setApi } from '../../../../renderer/src/lib/api';
import { fakeApi } from '../../support/fakeApi';
import { renderWithProviders } from '../../support/renderApp';
import { ok, unit, unitCoded } from '../../support/records';
import { freshAppEachTest } from '../../support/freshApp';

freshAppEachTest();
beforeEach(() => clearDraft('unit-group:new'));

const DINKES = unit({});
const PUPR = unitCoded('PUPR', 'Dinas PUPR');
const BAPPEDA = unitCoded('BAPPEDA', 'Bappeda');

describe('Data Master > Kelompok OPD', () => {
  it('saves a new group with the OPD in the order she picked them', async () => {
    const groups: UnitGroup[] = [];
    const api = fakeApi({
      'units:list': () => ok([DINKES, PUPR, BAPPEDA]),
      'unitgroups:list': () => ok(groups),
      'unitgroups:save': (input) => {
        const { name, unitIds } = input as { name: string; unitIds: UnitId[] };
        return ok({ id: '55555555-5555-4555-8555-555555555555' as UnitGroupId, name, unitIds, updatedAt: 2 });
      },
    });
    setApi(api);
    renderWithProviders(<MasterDataPage />, '/?bagian=kelompok');

    expect(await screen.findByText('Belum ada kelompok OPD')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Kelompok baru' }));
    const dialog = await screen.findByRole('dialog', { name: 'Kelompok OPD baru' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Nama kelompok/ }), 'Tim Jalan Desa');
    const picker = within(dialog).getByLabelText(/OPD anggota/);
    for (const name of ['Dinas PUPR', 'Bappeda', 'Dinas Kesehatan']) {
      await userEvent.click(picker);
      await userEvent.click(await screen.findByRole('option', { name: new RegExp(name), hidden: true }));
    }
    await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan' }));

    expect(await screen.findByText('Kelompok "Tim Jalan Desa" disimpan (3 OPD).')).toBeInTheDocument();
    const saved = api.calls.find((c) => c.channel === 'unitgroups:save')?.input;
    expect(saved).toEqual({ name: 'Tim Jalan Desa', unitIds: [PUPR.id, BAPPEDA.id, DINKES.id] });
    const table = await screen.findByRole('table', { name: 'Daftar kelompok OPD' });
    expect(within(table).getByText('Dinas PUPR, Bappeda, Dinkes')).toBeInTheDocument();
  });

  it('deletes a group at once and brings it back with Batalkan', async () => {
    const group: UnitGroup = {
      id: '66666666-6666-4666-8666-666666666666' as UnitGroupId,
      name: 'TPPS',
      unitIds: [DINKES.id],
      updatedAt: 1,
    };
    const api = fakeApi({
      'units:list': () => ok([DINKES]),
      'unitgroups:list': () => ok([group]),
      'unitgroups:delete': () => ok({ id: group.id }),
      'unitgroups:save': () => ok({ ...group, id: '77777777-7777-4777-8777-777777777777' as UnitGroupId }),
    });
    setApi(api);
    renderWithProviders(<MasterDataPage />, '/?bagian=kelompok');

    await userEvent.click(await screen.findByRole('button', { name: 'Aksi untuk TPPS' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Hapus' }));
    expect(await screen.findByText(/Kelompok "TPPS" dihapus/)).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Daftar kelompok OPD' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Batalkan' }));
    expect(await screen.findByRole('table', { name: 'Daftar kelompok OPD' })).toBeInTheDocument();
    expect(api.calls.find((c) => c.channel === 'unitgroups:save')?.input).toEqual({
      name: 'TPPS',
      unitIds: [DINKES.id],
    });
  });
});
