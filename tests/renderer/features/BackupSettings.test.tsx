import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupInfo, DataHealth } from '../../../shared/domain/backup';
import { appReload } from '../../../renderer/src/lib/afterDataSwap';
import { RecoveryGate } from '../../../renderer/src/features/recovery/RecoveryGate';
import { BackupSettings } from '../../../renderer/src/features/settings/BackupSettings';
import { setApi } from '../../../renderer/src/lib/api';
import { fakeApi } from '../support/fakeApi';
import { renderWithProviders } from '../support/renderApp';
import { retypeAndSave, rowsOfTable } from '../support/screenSteps';

const DAILY: BackupInfo = {
  name: 'risalah-2026-11-27-0930.db',
  reason: 'harian',
  createdAt: 1,
  date: '2026-11-27',
  time: '09:30',
  sizeBytes: 13_002_342,
};
const MANUAL: BackupInfo = {
  name: 'risalah-2026-11-26-1605-manual.db',
  reason: 'manual',
  createdAt: 0,
  date: '2026-11-26',
  time: '16:05',
  sizeBytes: 2048,
};
const SETTINGS = {
  keep: 10,
  folder: '/data/backups',
  dailyAt: null,
  lastBackup: DAILY,
  nextDaily: { at: 2, date: '2026-11-28', time: '09:30' },
};

const baseApi = {
  'backups:list': () => ({ ok: true as const, value: [DAILY, MANUAL] }),
  'backups:settings': () => ({ ok: true as const, value: SETTINGS }),
  'app:info': () => ({
    ok: true as const,
    value: {
      version: '0.1.0',
      shell: 'web' as const,
      dataFile: '/data/risalah.db',
      dataId: '5f0c3a52-6a55-4d8e-9a43-0b9f3f7c1a20',
    },
  }),
};

const reload = vi.fn();
beforeEach(() => {
  reload.mockReset();
  appReload.run = reload;
  sessionStorage.clear();
});
afterEach(() => setApi(null));

describe('features/settings/BackupSettings', () => {
  it('lists backups with the Indonesian date, time, reason and size, and where they are', async () => {
    setApi(fakeApi(baseApi));
    renderWithProviders(<BackupSettings />);
    const rows = await rowsOfTable('Daftar cadangan');
    expect(rows[1]).toHaveTextContent('Jumat, 27 November 2026 pukul 09.30');
    expect(rows[1]).toHaveTextContent('Harian');
    expect(rows[1]).toHaveTextContent('12,4 MB');
    expect(rows[2]).toHaveTextContent('Kamis, 26 November 2026 pukul 16.05');
    expect(rows[2]).toHaveTextContent('Dibuat manual');
    expect(screen.getByText('/data/backups')).toBeInTheDocument();
    expect(await screen.findByText('/data/risalah.db')).toBeInTheDocument();
  });

  it('"Cadangkan sekarang" makes a backup and lists it', async () => {
    let list = [DAILY];
    const made: BackupInfo = {
      ...MANUAL,
      name: 'risalah-2026-11-27-1012-manual.db',
      date: '2026-11-27',
      time: '10:12',
    };
    setApi(
      fakeApi({
        ...baseApi,
        'backups:list': () => ({ ok: true, value: list }),
        'backups:create': () => {
          list = [made, DAILY];
          return { ok: true, value: made };
        },
      }),
    );
    const user = userEvent.setup();
    renderWithProviders(<BackupSettings />);
    await screen.findByRole('table', { name: 'Daftar cadangan' });
    await user.click(screen.getByRole('button', { name: 'Cadangkan sekarang' }));
    expect(await screen.findByText('Cadangan dibuat: risalah-2026-11-27-1012-manual.db')).toBeInTheDocument();
    expect(await screen.findByText('Jumat, 27 November 2026 pukul 10.12')).toBeInTheDocument();
  });

  it('restores only after a confirmation, then reloads the app', async () => {
    const api = fakeApi({
      ...baseApi,
      'backups:restore': (input) => ({
        ok: true,
        value: { restored: input.name === DAILY.name ? DAILY : MANUAL, previousBackup: 'x.db' },
      }),
    });
    setApi(api);
    const user = userEvent.setup();
    renderWithProviders(<BackupSettings />);
    await user.click(
      await screen.findByRole('button', { name: 'Pulihkan cadangan Kamis, 26 November 2026 pukul 16.05' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Pulihkan data dari cadangan?' });
    expect(dialog).toHaveTextContent('Kamis, 26 November 2026 pukul 16.05');
    expect(dialog).toHaveTextContent('Data saat ini dicadangkan lebih dahulu');
    expect(api.calls.some((c) => c.channel === 'backups:restore')).toBe(false);

    await user.click(within(dialog).getByRole('button', { name: 'Ya, pulihkan' }));
    await waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
    expect(api.calls.find((c) => c.channel === 'backups:restore')?.input).toEqual({ name: MANUAL.name });
    expect(sessionStorage.getItem('risalah.noticeAfterReload')).toBe(
      'Data dipulihkan dari cadangan Kamis, 26 November 2026 pukul 16.05.',
    );
  });

  it('shows the last and the next backup, and saves a daily time (main’s refusal under the field)', async () => {
    const api = fakeApi({
      ...baseApi,
      'backups:update-settings': (input) =>
        input.dailyAt === '07:5'
          ? {
              ok: false,
              error: {
                code: 'INVALID_INPUT',
                message: 'Jam cadangan harian tidak valid; tulis jam:menit, misalnya 16:00.',
              },
            }
          : {
              ok: true,
              value: {
                ...SETTINGS,
                dailyAt: input.dailyAt ?? null,
                nextDaily: { at: 3, date: '2026-11-27', time: '16:00' },
              },
            },
    });
    setApi(api);
    const user = userEvent.setup();
    renderWithProviders(<BackupSettings />);
    expect(await screen.findByTestId('backup-last')).toHaveTextContent(
      'Cadangan terakhir: Jumat, 27 November 2026 pukul 09.30 (Harian)',
    );
    expect(screen.getByTestId('backup-next')).toHaveTextContent(
      'Cadangan harian berikutnya: Sabtu, 28 November 2026 pukul 09.30',
    );
    const field = screen.getByRole('textbox', { name: 'Jam cadangan harian' });
    expect(field).toBeDisabled();

    await user.click(screen.getByRole('radio', { name: 'Setiap hari pada jam tertentu' }));
    await user.clear(field);
    await user.type(field, '07:5');
    const section = screen.getByRole('region', { name: 'Jadwal cadangan harian' });
    await user.click(within(section).getByRole('button', { name: 'Simpan jadwal' }));
    expect(
      await screen.findByText('Jam cadangan harian tidak valid; tulis jam:menit, misalnya 16:00.'),
    ).toBeInTheDocument();

    await user.clear(field);
    await user.type(field, '16.00');
    await user.tab();
    await user.click(within(section).getByRole('button', { name: 'Simpan jadwal' }));
    expect(await screen.findByText('Jadwal cadangan harian disimpan.')).toBeInTheDocument();
    expect(api.calls.filter((c) => c.channel === 'backups:update-settings').map((c) => c.input)).toEqual([
      { keep: 10, dailyAt: '07:5' },
      { keep: 10, dailyAt: '16:00' },
    ]);
    expect(screen.getByTestId('backup-next')).toHaveTextContent(
      'Cadangan harian berikutnya: Jumat, 27 November 2026 pukul 16.00',
    );
  });

  it('keeps the dialog open with main’s message when a restore is refused', async () => {
    setApi(
      fakeApi({
        ...baseApi,
        'backups:restore': () => ({
          ok: false,
          error: { code: 'CONFLICT', message: 'Cadangan ini rusak dan tidak dapat dipakai.' },
        }),
      }),
    );
    const user = userEvent.setup();
    renderWithProviders(<BackupSettings />);
    await user.click(await screen.findByRole('button', { name: /Pulihkan cadangan Jumat/ }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Ya, pulihkan' }));
    expect(await screen.findByText('Cadangan ini rusak dan tidak dapat dipakai.')).toBeInTheDocument();
    expect(reload).not.toHaveBeenCalled();
  });

  it('saves how many backups to keep, and shows a refusal under the field', async () => {
    const api = fakeApi({
      ...baseApi,
      'backups:update-settings': (input) =>
        input.keep > 100
          ? { ok: false, error: { code: 'INVALID_INPUT', message: 'Simpan paling banyak 100 cadangan.' } }
          : { ok: true, value: { ...SETTINGS, keep: input.keep } },
    });
    setApi(api);
    const user = userEvent.setup();
    renderWithProviders(<BackupSettings />);
    const field = await screen.findByLabelText('Jumlah cadangan yang disimpan');
    await waitFor(() => expect(field).toHaveValue('10'));
    await retypeAndSave(user, field, '20');
    expect(await screen.findByText('Risalah kini menyimpan 20 cadangan terakhir.')).toBeInTheDocument();
    expect(api.calls.find((c) => c.channel === 'backups:update-settings')?.input).toEqual({ keep: 20 });
  });
});

describe('features/recovery/RecoveryGate', () => {
  const RECOVERY: DataHealth = {
    state: 'recovery',
    detail: 'Tree 25 page 25: btreeInitPage() returns error code 11',
    dataFile: '/data/risalah.db',
    newestGoodBackup: DAILY,
  };

  /** The gate in front of the app, whose first screen says "Daftar rapat". */
  const renderGate = () =>
    renderWithProviders(
      <RecoveryGate>
        <p>Daftar rapat</p>
      </RecoveryGate>,
    );

  it('replaces every screen with the recovery screen and offers the newest good backup', async () => {
    const api = fakeApi({
      ...baseApi,
      'backups:health': () => ({ ok: true, value: RECOVERY }),
      'backups:restore': () => ({ ok: true, value: { restored: DAILY, previousBackup: 'rusak/x.db' } }),
    });
    setApi(api);
    const user = userEvent.setup();
    renderGate();
    expect(await screen.findByText('Berkas data perlu dipulihkan')).toBeInTheDocument();
    expect(screen.queryByText('Daftar rapat')).toBeNull();
    expect(screen.getByText('Cadangan utuh terbaru: Jumat, 27 November 2026 pukul 09.30')).toBeInTheDocument();
    expect(screen.getByText(/btreeInitPage/)).toBeInTheDocument();
    // Only the import of an archive, not its export, is offered for a damaged file.
    expect(screen.queryByRole('button', { name: 'Ekspor arsip' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Impor arsip…' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Pulihkan dari cadangan ini' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Ya, pulihkan' }));
    await waitFor(() => expect(reload).toHaveBeenCalled());
    expect(api.calls.find((c) => c.channel === 'backups:restore')?.input).toEqual({ name: DAILY.name });
  });

  it('says so when no backup is good', async () => {
    setApi(
      fakeApi({
        ...baseApi,
        'backups:list': () => ({ ok: true, value: [] }),
        'backups:health': () => ({ ok: true, value: { ...RECOVERY, newestGoodBackup: null } }),
      }),
    );
    renderGate();
    expect(await screen.findByText('Tidak ada cadangan yang utuh di folder cadangan.')).toBeInTheDocument();
  });

  it('shows the app when the file is sound', async () => {
    setApi(fakeApi({ 'backups:health': () => ({ ok: true, value: { state: 'ok' } }) }));
    renderGate();
    expect(await screen.findByText('Daftar rapat')).toBeInTheDocument();
  });
});
