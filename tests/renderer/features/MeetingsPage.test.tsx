import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MeetingSummary } from '../../../shared/domain/meeting';
import type { MeetingId, SeriesId, TemplateId } from '../../../shared/domain/ids';
import { EMPTY_SERIES_DEFAULTS } from '../../../shared/domain/series';
import { MeetingsPage } from '../../../renderer/src/features/meetings/MeetingsPage';
import { setApi } from '../../../renderer/src/lib/api';
import { fakeApi } from '../support/fakeApi';
import { renderWithProviders } from '../support/renderApp';
import { pickOption } from '../support/pickOption';
import { rowsOfTable } from '../support/screenSteps';
import { freshAppEachTest } from '../support/freshApp';
import { refusedOnceThen } from '../support/records';
import { fail } from '../../../shared/ipc/result';

const TEMPLATE = '3c9a6f1e-5b2d-4e7a-9f10-6a1b2c3d4e50' as TemplateId;

function meeting(partial: Partial<MeetingSummary>): MeetingSummary {
  return {
    id: '11111111-1111-4111-8111-111111111111' as MeetingId,
    seriesId: null,
    title: 'Rakor',
    date: '2026-11-27',
    place: '',
    startTime: null,
    timeZone: 'Asia/Jakarta',
    status: 'DRAF',
    createdAt: 1,
    updatedAt: 1,
    ...partial,
  };
}

/** The "Rapat baru" form offers templates and series. */
const pickers = {
  'templates:list': () => ({ ok: true as const, value: [] }),
  'series:list': () => ({ ok: true as const, value: [] }),
};

freshAppEachTest();

describe('features/meetings/MeetingsPage', () => {
  it('shows an inviting empty state when there are no meetings', async () => {
    setApi(fakeApi({ 'meetings:list': () => ({ ok: true, value: [] }) }));
    renderWithProviders(<MeetingsPage />);
    expect(await screen.findByText('Belum ada rapat')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Rapat baru' }).length).toBeGreaterThan(0);
  });

  it('lists meetings with the Indonesian day name and status', async () => {
    setApi(
      fakeApi({
        'meetings:list': () => ({ ok: true, value: [meeting({ title: 'Rakor Kepala OPD', place: 'Aula' })] }),
      }),
    );
    renderWithProviders(<MeetingsPage />);
    const row = (await screen.findByText('Rakor Kepala OPD')).closest('tr');
    expect(row).not.toBeNull();
    const cells = within(row as HTMLElement);
    expect(cells.getByText('Jumat, 27 November 2026')).toBeInTheDocument();
    expect(cells.getByText('Aula')).toBeInTheDocument();
    expect(cells.getByText('Draf')).toBeInTheDocument();
  });

  it('offers no delete for a submitted or approved meeting (Diajukan locks it like Disahkan)', async () => {
    const rows = [
      meeting({ id: '11111111-1111-4111-8111-111111111111' as MeetingId, title: 'Rapat draf', status: 'DRAF' }),
      meeting({ id: '22222222-2222-4222-8222-222222222222' as MeetingId, title: 'Rapat diajukan', status: 'DIAJUKAN' }),
      meeting({ id: '33333333-3333-4333-8333-333333333333' as MeetingId, title: 'Rapat disahkan', status: 'DISAHKAN' }),
    ];
    setApi(fakeApi({ 'meetings:list': () => ({ ok: true, value: rows }) }));
    renderWithProviders(<MeetingsPage />);
    const deleteOf = async (title: string) => {
      const row = (await screen.findByText(title)).closest('tr') as HTMLElement;
      const menuButton = within(row).getByRole('button');
      await userEvent.click(menuButton);
      await waitFor(() => expect(menuButton).toHaveAttribute('aria-expanded', 'true'));
      const isOff = (item: HTMLElement) =>
        item.hasAttribute('disabled') || item.getAttribute('data-disabled') === 'true';
      // The item of this row's own menu (the one its button controls), even while its transition runs.
      const menu = await waitFor(() => {
        const found = document.getElementById(menuButton.getAttribute('aria-controls') ?? '');
        if (!found) throw new Error('menu not open yet');
        return found;
      });
      const item = await within(menu).findByRole('menuitem', { name: 'Hapus', hidden: true });
      const disabled = isOff(item);
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('menuitem', { name: 'Hapus', hidden: true })).toBeNull());
      // The menu has fully closed (its transition ended) before the next row's menu is opened.
      await waitFor(() => expect(menuButton).toHaveAttribute('aria-expanded', 'false'));
      return disabled;
    };
    expect(await deleteOf('Rapat draf')).toBe(false);
    expect(await deleteOf('Rapat diajukan')).toBe(true);
    expect(await deleteOf('Rapat disahkan')).toBe(true);
  });

  it('pages a long archive and narrows it by year and words', async () => {
    // Ten years of rakor: 120 meetings, one a month from 2017, newest first as main sends them.
    const archive = Array.from({ length: 120 }, (_, i) => {
      const month = 119 - i;
      const date = `${2017 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-15`;
      return meeting({
        id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` as MeetingId,
        title: `Rakor bulan ke-${month + 1}`,
        date,
        place: month % 2 ? 'Aula Setda' : 'Ruang Bupati',
      });
    });
    setApi(fakeApi({ 'meetings:list': () => ({ ok: true, value: archive }) }));
    const user = userEvent.setup();
    renderWithProviders(<MeetingsPage />);
    const table = await screen.findByRole('table', { name: 'Rapat' });
    expect(within(table).getAllByRole('row')).toHaveLength(51); // header + 50
    expect(within(table).getByText('Rakor bulan ke-120')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '3' }));
    expect(await rowsOfTable('Rapat')).toHaveLength(21);
    expect(screen.getByText('Rakor bulan ke-1')).toBeInTheDocument();

    await pickOption(user, 'Tahun', '2020');
    expect(await screen.findByText('12 rapat cocok')).toBeInTheDocument();
    expect(await rowsOfTable('Rapat')).toHaveLength(13);
    await user.type(screen.getByRole('textbox', { name: 'Cari rapat' }), 'aula');
    expect(await screen.findByText('6 rapat cocok')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Cari rapat' }), ' xyz');
    expect(await screen.findByText(/Tidak ada rapat yang cocok/)).toBeInTheDocument();
  });

  it('creates a meeting through the form and shows it', async () => {
    const api = fakeApi({
      ...pickers,
      'meetings:list': () => ({ ok: true, value: [] }),
      'meetings:create': (input) => ({
        ok: true,
        value: meeting({ title: input.title, date: input.date, place: input.place }),
      }),
    });
    setApi(api);
    const user = userEvent.setup();
    renderWithProviders(<MeetingsPage />);
    await user.click((await screen.findAllByRole('button', { name: 'Rapat baru' }))[0] as HTMLElement);
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/Judul rapat/), 'Rakor Kepala OPD');
    await user.type(within(dialog).getByLabelText(/Tempat/), 'Aula Setda');
    await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(screen.getByRole('table')).toBeInTheDocument());
    expect(within(screen.getByRole('table')).getByText('Rakor Kepala OPD')).toBeInTheDocument();
    const createCall = api.calls.find((c) => c.channel === 'meetings:create');
    expect(createCall?.input).toMatchObject({ title: 'Rakor Kepala OPD', place: 'Aula Setda' });
    expect((createCall?.input as { date: string }).date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("keeps the form open and shows main's message when it refuses", async () => {
    setApi(
      fakeApi({
        ...pickers,
        'meetings:list': () => ({ ok: true, value: [] }),
        'meetings:create': () => ({ ok: false, error: { code: 'INVALID_INPUT', message: 'Judul rapat wajib diisi.' } }),
      }),
    );
    const user = userEvent.setup();
    renderWithProviders(<MeetingsPage />);
    await user.click((await screen.findAllByRole('button', { name: 'Rapat baru' }))[0] as HTMLElement);
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Judul rapat wajib diisi.');
  });

  it('shows a load error with a retry', async () => {
    setApi(
      fakeApi({
        'meetings:list': refusedOnceThen(fail('INTERNAL', 'Tidak dapat menghubungi layanan Risalah.'), [
          meeting({ title: 'Rakor Ulang' }),
        ]),
      }),
    );
    const user = userEvent.setup();
    renderWithProviders(<MeetingsPage />);
    expect(await screen.findByText('Tidak dapat menghubungi layanan Risalah.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByText('Rakor Ulang')).toBeInTheDocument();
  });
  it('creates a meeting of a series: the series brings its title and agenda template', async () => {
    const series = {
      id: '44444444-4444-4444-8444-444444444444' as SeriesId,
      title: 'Rakor Kepala OPD',
      cadenceMonths: 2,
      defaults: { ...EMPTY_SERIES_DEFAULTS, templateId: TEMPLATE },
      templateName: 'Rakor Kepala OPD',
      lastMeetingDate: '2026-09-25',
      suggestedNextDate: '2026-11-25',
      createdAt: 1,
      updatedAt: 1,
    };
    const template = { id: TEMPLATE, name: 'Rakor Kepala OPD', builtIn: true, items: [], createdAt: 1, updatedAt: 1 };
    const api = fakeApi({
      'templates:list': () => ({ ok: true, value: [template] }),
      'series:list': () => ({ ok: true, value: [series] }),
      'meetings:list': () => ({ ok: true, value: [] }),
      'meetings:create': (input) => ({ ok: true, value: meeting({ title: input.title, seriesId: series.id }) }),
    });
    setApi(api);
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<MeetingsPage />);
    await user.click((await screen.findAllByRole('button', { name: 'Rapat baru' }))[0] as HTMLElement);
    const dialog = await screen.findByRole('dialog');
    await pickOption(user, 'Rapat berkala', 'Rakor Kepala OPD', dialog);
    expect(within(dialog).getByLabelText(/Judul rapat/)).toHaveValue('Rakor Kepala OPD');
    expect(within(dialog).getByLabelText('Templat acara', { selector: 'input' })).toHaveValue('Rakor Kepala OPD');
    await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(api.calls.some((c) => c.channel === 'meetings:create')).toBe(true));
    expect(api.calls.find((c) => c.channel === 'meetings:create')?.input).toMatchObject({
      title: 'Rakor Kepala OPD',
      seriesId: series.id,
      templateId: TEMPLATE,
    });
  });
});
