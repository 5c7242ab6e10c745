import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FollowUpPage } from '../../../../renderer/src/features/followUp/FollowUpPage';
import { setApi } from '../../../../renderer/src/lib/api';
import { fakeApi } from '../../support/fakeApi';
import { renderWithProviders } from '../../support/renderApp';
import { DASHBOARD, DETAIL, DINKES, OPTIONS, OWNER_DINKES, page, ROW } from './fixtures';
import { freshAppEachTest } from '../../support/freshApp';

freshAppEachTest();

function api(overrides: Parameters<typeof fakeApi>[0] = {}) {
  const fake = fakeApi({
    'followup:dashboard': () => ({ ok: true, value: DASHBOARD }),
    'followup:filter-options': () => ({ ok: true, value: OPTIONS }),
    'followup:list': () => ({ ok: true, value: page([ROW]) }),
    'followup:reminders': () => ({
      ok: true,
      value: { today: '2026-11-28', reminderDays: 7, overdue: 2, dueSoon: 1, units: DASHBOARD.units, unread: true },
    }),
    'followup:get': () => ({ ok: true, value: DETAIL }),
    ...overrides,
  });
  setApi(fake);
  return fake;
}

async function pick(user: ReturnType<typeof userEvent.setup>, label: string, option: string) {
  const input = screen.getByLabelText(label, { selector: 'input' });
  await user.click(input);
  // Every Select keeps its (hidden) list in the DOM; take the one this input controls.
  const list = await waitFor(() => document.getElementById(input.getAttribute('aria-controls') ?? '') as HTMLElement);
  await user.click(within(list).getByRole('option', { name: option, hidden: true }));
}

const listCalls = (fake: ReturnType<typeof fakeApi>) =>
  fake.calls.filter((call) => call.channel === 'followup:list').map((call) => call.input);

describe('features/followUp/FollowUpPage', () => {
  it('shows per-OPD cards, the table with per-owner badges and Terlambat in words', async () => {
    api();
    renderWithProviders(<FollowUpPage />, '/tindak-lanjut');
    const table = await screen.findByRole('table', { name: 'Daftar tindak lanjut' });
    const row = within(table)
      .getByRole('button', { name: /Percepat vaksinasi campak/ })
      .closest('tr') as HTMLElement;
    expect(within(row).getByText('Rakor September, Jumat, 25 September 2026')).toBeInTheDocument();
    expect(within(row).getByText('Dinas PUPR')).toBeInTheDocument();
    expect(within(row).getAllByText('Terlambat').length).toBeGreaterThanOrEqual(2);
    expect(within(row).getByText('Selesai')).toBeInTheDocument();
    expect(within(row).getByText('Sabtu, 31 Oktober 2026')).toBeInTheDocument();
    expect(within(row).getByText('Cakupan 80% (80%)')).toBeInTheDocument();
    const card = screen.getByTitle('Tampilkan tindak lanjut Dinas Kesehatan');
    expect(within(card).getByText('Terlambat')).toBeInTheDocument();
    expect(within(card).getByText('2')).toBeInTheDocument();
    expect(screen.getByText('1 butir')).toBeInTheDocument();
  });

  it('filters by the OPD of a clicked card and by the Terlambat status, and sorts by a column', async () => {
    const fake = api();
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<FollowUpPage />, '/tindak-lanjut');
    await screen.findByRole('table', { name: 'Daftar tindak lanjut' });
    expect(listCalls(fake)[0]).toMatchObject({ sort: 'BATAS_WAKTU', page: 1, pageSize: 25 });

    await user.click(screen.getByTitle('Tampilkan tindak lanjut Dinas Kesehatan'));
    await waitFor(() => expect(listCalls(fake).at(-1)).toMatchObject({ unitId: DINKES }));
    expect(screen.getByTitle('Tampilkan tindak lanjut Dinas Kesehatan')).toHaveAttribute('aria-pressed', 'true');

    await pick(user, 'Status', 'Terlambat');
    await waitFor(() => expect(listCalls(fake).at(-1)).toMatchObject({ unitId: DINKES, status: 'TERLAMBAT' }));

    await pick(user, 'Batas waktu', 'Dalam 7 hari (pengingat)');
    await waitFor(() => expect(listCalls(fake).at(-1)).toMatchObject({ dueFrom: '2026-11-28', dueTo: '2026-12-05' }));

    await user.click(screen.getByRole('button', { name: 'Urutkan menurut Status' }));
    await waitFor(() => expect(listCalls(fake).at(-1)).toMatchObject({ sort: 'STATUS', descending: false }));
    await user.click(screen.getByRole('button', { name: 'Urutkan menurut Status' }));
    await waitFor(() => expect(listCalls(fake).at(-1)).toMatchObject({ sort: 'STATUS', descending: true }));
  }, 45_000);

  it('explains an empty list, and an empty result of filters differently', async () => {
    api({ 'followup:list': () => ({ ok: true, value: page([]) }) });
    renderWithProviders(<FollowUpPage />, '/tindak-lanjut');
    expect(await screen.findByText('Belum ada butir tindak lanjut')).toBeInTheDocument();
  });

  it('shows the filtered empty state when the address carries filters', async () => {
    api({ 'followup:list': () => ({ ok: true, value: page([]) }) });
    renderWithProviders(<FollowUpPage />, `/tindak-lanjut?opd=${DINKES}&status=TERLAMBAT`);
    expect(await screen.findByText('Tidak ada yang cocok dengan penyaring')).toBeInTheDocument();
  });

  it("shows main's message with a retry when the list fails", async () => {
    api({
      'followup:list': () => ({
        ok: false,
        error: { code: 'INTERNAL', message: 'Terjadi kesalahan yang tidak terduga.' },
      }),
    });
    renderWithProviders(<FollowUpPage />, '/tindak-lanjut');
    expect(await screen.findByRole('alert')).toHaveTextContent('Terjadi kesalahan yang tidak terduga.');
    expect(screen.getByRole('button', { name: 'Coba lagi' })).toBeInTheDocument();
  });

  it('opens the drawer with owners and updates newest first, and records a status change with a required reason', async () => {
    const fake = api({
      'followup:add-update': (input) =>
        input.reason === ''
          ? {
              ok: false,
              error: { code: 'INVALID_INPUT', message: 'Alasan wajib diisi untuk status Tidak Dapat Ditindaklanjuti.' },
            }
          : {
              ok: true,
              value: {
                ...DETAIL,
                owners: [{ ...DETAIL.owners[0]!, status: 'TIDAK_DAPAT', reason: input.reason }, DETAIL.owners[1]!],
              },
            },
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<FollowUpPage />, '/tindak-lanjut');
    await user.click(await screen.findByRole('button', { name: /Buka rincian: Percepat vaksinasi campak/ }));
    const drawer = await screen.findByRole('dialog', { name: 'Rincian tindak lanjut' });
    const items = within(drawer).getAllByText(/· Dinas/);
    expect(items.map((item) => item.textContent)).toEqual([
      'Jumat, 20 November 2026 · Dinas Kesehatan',
      'Kamis, 1 Oktober 2026 · Dinas PUPR',
    ]);
    expect(within(drawer).getByText('Dilaporkan dalam Rakor September')).toBeInTheDocument();
    expect(within(drawer).getByRole('link', { name: /dinkes.example.go.id/ })).toHaveAttribute(
      'rel',
      'noopener noreferrer',
    );

    await user.click(within(drawer).getByRole('button', { name: 'Ubah status Dinas Kesehatan' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Tidak Dapat Ditindaklanjuti', hidden: true }));
    const form = await screen.findByRole('dialog', { name: 'Catat perkembangan: Dinas Kesehatan' });
    await user.click(within(form).getByRole('button', { name: 'Simpan perkembangan' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Alasan wajib diisi');
    await user.click(within(form).getByLabelText(/Alasan tidak dapat ditindaklanjuti/));
    await user.paste('Anggaran dialihkan');
    await user.click(within(form).getByRole('button', { name: 'Simpan perkembangan' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Catat perkembangan: Dinas Kesehatan' })).not.toBeInTheDocument(),
    );
    const saved = fake.calls.filter((call) => call.channel === 'followup:add-update').at(-1)?.input;
    expect(saved).toMatchObject({
      ownerId: OWNER_DINKES,
      status: 'TIDAK_DAPAT',
      reason: 'Anggaran dialihkan',
      reportedOn: '2026-11-28',
      links: [],
      fileIds: [],
    });
    expect(await within(drawer).findByText('Alasan: Anggaran dialihkan')).toBeInTheDocument();
  }, 45_000);
});
