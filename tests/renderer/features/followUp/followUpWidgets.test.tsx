import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CarryOverPanel } from '../../../../renderer/src/features/followUp/CarryOverPanel';
import { FollowUpHomeCard } from '../../../../renderer/src/features/followUp/FollowUpHomeCard';
import { ImportReplyModal } from '../../../../renderer/src/features/followUp/ImportReplyModal';
import { ReminderBell } from '../../../../renderer/src/features/followUp/ReminderBell';
import { ReminderSettings } from '../../../../renderer/src/features/followUp/ReminderSettings';
import { setApi } from '../../../../renderer/src/lib/api';
import type { ImportPreview, ReminderInbox } from '../../../../shared/domain/followUpViews';
import { fakeApi } from '../../support/fakeApi';
import { renderWithProviders } from '../../support/renderApp';
import { retypeAndSave } from '../../support/screenSteps';
import { CARRY, DASHBOARD, DINKES, MEETING, OWNER_DINKES, followUpRefreshes, inbox } from './fixtures';
import { freshAppEachTest } from '../../support/freshApp';
import { fail, ok } from '../../../../shared/ipc/result';

vi.mock('../../../../renderer/src/lib/files', async (original) => ({
  ...(await original<typeof import('../../../../renderer/src/lib/files')>()),
  chooseFile: vi.fn(async () => ({ ok: true, value: (await import('./fixtures')).REPLY_FILE })),
}));

freshAppEachTest();

describe('features/followUp/CarryOverPanel', () => {
  it('lists open items with their current status while live and records a report made in this meeting', async () => {
    let carry = CARRY;
    const api = fakeApi({
      'followup:carryover': () => ({ ok: true, value: carry }),
      'followup:add-update': (input) => {
        carry = {
          ...CARRY,
          items: [
            {
              ...CARRY.items[0]!,
              reported: { status: input.status, reason: '', progress: input.text, percent: input.percent },
            },
          ],
        };
        return { ok: true, value: {} as never };
      },
      ...followUpRefreshes(),
    });
    setApi(api);
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<CarryOverPanel meetingId={MEETING} meetingDate="2026-11-27" />);
    const item = await screen.findByRole('listitem', { name: /Percepat vaksinasi campak — Dinas Kesehatan/ });
    expect(within(item).getByText('Dalam Proses')).toBeInTheDocument();
    expect(within(item).getByText('Cakupan 80% (80%)')).toBeInTheDocument();
    expect(within(item).getByText('Belum dilaporkan')).toBeInTheDocument();
    expect(screen.getByText(/^Status terkini setiap OPD/)).toBeInTheDocument();
    expect(within(item).getByText('Status terkini:')).toBeInTheDocument();

    await user.click(within(item).getByRole('button', { name: 'Catat laporan Dinas Kesehatan' }));
    const form = await screen.findByRole('dialog', { name: 'Catat perkembangan: Dinas Kesehatan' });
    await user.click(within(form).getByLabelText('Perkembangan'));
    await user.paste('Cakupan 90%');
    await user.click(within(form).getByRole('button', { name: 'Simpan perkembangan' }));
    await waitFor(() => expect(screen.queryByText('Belum dilaporkan')).not.toBeInTheDocument());
    expect(api.calls.find((call) => call.channel === 'followup:add-update')?.input).toMatchObject({
      ownerId: OWNER_DINKES,
      meetingId: MEETING,
      reportedOn: '2026-11-27',
      status: 'PROSES',
      text: 'Cakupan 90%',
    });
    expect(await screen.findByText('Cakupan 90%')).toBeInTheDocument();
  }, 45_000);

  it('once approved, says as of which day the statuses are frozen and takes no more reports', async () => {
    setApi(
      fakeApi({ 'followup:carryover': () => ({ ok: true, value: { ...CARRY, live: false, takenOn: '2026-11-28' } }) }),
    );
    renderWithProviders(<CarryOverPanel meetingId={MEETING} meetingDate="2026-11-27" />);
    const item = await screen.findByRole('listitem', { name: /Percepat vaksinasi campak — Dinas Kesehatan/ });
    expect(screen.getByText(/^Status per Sabtu, 28 November 2026 \(tanggal pengesahan notula\)/)).toBeInTheDocument();
    expect(within(item).getByText('Status per pengesahan:')).toBeInTheDocument();
    expect(within(item).queryByRole('button', { name: 'Catat laporan Dinas Kesehatan' })).not.toBeInTheDocument();
  });

  it('says so when the meeting is not part of a series', async () => {
    setApi(
      fakeApi({
        'followup:carryover': () => ({ ok: true, value: { ...CARRY, inSeries: false, takenOn: null, items: [] } }),
      }),
    );
    renderWithProviders(<CarryOverPanel meetingId={MEETING} meetingDate="2026-11-27" />);
    expect(await screen.findByText(/bukan bagian dari rapat berkala/)).toBeInTheDocument();
  });
});

/** What main's inbox holds: the OPD with something overdue or due soon. */
const CHASED = DASHBOARD.units.filter((unit) => unit.overdue > 0 || unit.dueSoon > 0);

describe('features/followUp/FollowUpHomeCard and ReminderBell', () => {
  it('shows overdue and due-soon counts by OPD that link to the filtered page, from the one count the bell shows', async () => {
    const api = fakeApi({
      'followup:reminders': () => ({ ok: true, value: inbox({ overdue: 3, dueSoon: 1, units: CHASED }) }),
    });
    setApi(api);
    renderWithProviders(
      <>
        <ReminderBell />
        <FollowUpHomeCard />
      </>,
    );
    const overdue = await screen.findByRole('link', { name: 'Dinas Kesehatan: Terlambat 2' });
    // The late total is the bell's count, whatever the OPD rows below add up to.
    expect(await screen.findByTestId('home-overdue-total')).toHaveTextContent('3 terlambat');
    expect(overdue).toHaveAttribute('href', `/tindak-lanjut?opd=${DINKES}&status=TERLAMBAT`);
    expect(screen.getByRole('link', { name: 'Dinas Kesehatan: Jatuh tempo ≤ 7 hari 1' })).toHaveAttribute(
      'href',
      `/tindak-lanjut?opd=${DINKES}&status=TERBUKA&batas=PENGINGAT`,
    );
    // Dinas PUPR has nothing overdue or due soon: not listed.
    expect(screen.queryByText('Dinas PUPR')).not.toBeInTheDocument();
    // Card and bell mounted together: one count query, and no second (dashboard) one.
    expect(api.calls.map((call) => call.channel)).toEqual(['followup:reminders']);
  });

  it('while the counts are on their way says nothing false ("none late"), then shows them', async () => {
    let answer: (value: { ok: true; value: ReminderInbox }) => void = () => undefined;
    setApi(fakeApi({ 'followup:reminders': () => new Promise((resolve) => (answer = resolve)) }));
    renderWithProviders(<FollowUpHomeCard />);
    const card = screen.getByRole('region', { name: 'Tindak lanjut per OPD' });
    expect(card).toHaveAttribute('aria-busy', 'true');
    expect(
      screen.queryByText('Tidak ada tindak lanjut yang terlambat atau segera jatuh tempo.'),
    ).not.toBeInTheDocument();
    answer({ ok: true, value: inbox({ overdue: 2, dueSoon: 1, units: CHASED }) });
    expect(await screen.findByRole('link', { name: 'Dinas Kesehatan: Terlambat 2' })).toBeInTheDocument();
    expect(card).toHaveAttribute('aria-busy', 'false');
  });

  it('says why when the counts cannot be loaded', async () => {
    setApi(
      fakeApi({
        'followup:reminders': () => fail('INTERNAL', 'Hitungan tindak lanjut tidak dapat dimuat.'),
      }),
    );
    renderWithProviders(<FollowUpHomeCard />);
    expect(await screen.findByText('Hitungan tindak lanjut tidak dapat dimuat.')).toHaveAttribute('role', 'alert');
  });

  it('marks the inbox unread until opened today', async () => {
    const api = fakeApi({
      'followup:reminders': () =>
        ok(inbox({ overdue: 2, dueSoon: 1, units: DASHBOARD.units.slice(0, 1), unread: true })),
      'followup:reminders-seen': () =>
        ok(inbox({ overdue: 2, dueSoon: 1, units: DASHBOARD.units.slice(0, 1), unread: false })),
    });
    setApi(api);
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ReminderBell />);
    await user.click(await screen.findByRole('button', { name: 'Pengingat tindak lanjut (baru)' }));
    expect(await screen.findByText('2 terlambat · 1 jatuh tempo dalam 7 hari')).toBeInTheDocument();
    await waitFor(() => expect(api.calls.some((call) => call.channel === 'followup:reminders-seen')).toBe(true));
    expect(await screen.findByRole('button', { name: 'Pengingat tindak lanjut' })).toBeInTheDocument();
  });
});

describe('features/followUp/ReminderSettings', () => {
  it('loads and saves the number of days', async () => {
    const api = fakeApi({
      'followup:get-reminder-settings': () => ({ ok: true, value: { daysBefore: 7 } }),
      'followup:update-reminder-settings': (input) =>
        input.daysBefore > 60
          ? { ok: false, error: { code: 'INVALID_INPUT', message: 'Jumlah hari paling besar 60.' } }
          : { ok: true, value: input },
      ...followUpRefreshes({ reminderDays: 14 }),
    });
    setApi(api);
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ReminderSettings />);
    const input = await screen.findByLabelText('Ingatkan berapa hari sebelum batas waktu');
    await waitFor(() => expect(input).toHaveValue('7'));
    await retypeAndSave(user, input, '14');
    await waitFor(() =>
      expect(api.calls.find((call) => call.channel === 'followup:update-reminder-settings')?.input).toEqual({
        daysBefore: 14,
      }),
    );
  });
});

describe('features/followUp/ImportReplyModal', () => {
  const preview = (overrides: Partial<ImportPreview>): ImportPreview => ({
    fileName: 'balasan-dinkes.xlsx',
    unitId: DINKES,
    unitName: 'Dinas Kesehatan',
    rows: [
      {
        row: 8,
        outcome: 'CHANGE',
        commitmentText: 'Percepat vaksinasi campak',
        unitName: 'Dinas Kesehatan',
        currentStatus: 'PROSES',
        newStatus: 'SELESAI',
        progress: 'Tuntas',
        percent: 100,
        link: '',
        problem: '',
      },
    ],
    changes: 1,
    errors: 0,
    fileProblems: [],
    ...overrides,
  });

  it('previews per row and blocks apply while a row has a problem', async () => {
    setApi(
      fakeApi({
        'followup:import-preview': () => ({
          ok: true,
          value: preview({
            rows: [
              ...preview({}).rows,
              {
                row: 9,
                outcome: 'ERROR',
                commitmentText: 'Aktifkan posyandu',
                unitName: '',
                currentStatus: null,
                newStatus: null,
                progress: '',
                percent: null,
                link: '',
                problem: 'Kode tindak lanjut di baris ini sudah diubah.',
              },
            ],
            errors: 1,
          }),
        }),
      }),
    );
    const user = userEvent.setup({ delay: null });
    renderWithProviders(
      <ImportReplyModal opened onClose={() => undefined} units={[{ value: DINKES, label: 'Dinas Kesehatan' }]} />,
    );
    await user.click(await screen.findByRole('button', { name: 'Pilih berkas Excel' }));
    const table = await screen.findByRole('table', { name: 'Pratinjau impor' });
    expect(within(table).getByText('Dalam Proses → Selesai')).toBeInTheDocument();
    expect(within(table).getByText('Kode tindak lanjut di baris ini sudah diubah.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Terapkan 1 perubahan' })).toBeDisabled();
    expect(screen.getByText(/belum dapat diterapkan/)).toBeInTheDocument();
  });

  it('applies a clean file and reports how many updates were saved', async () => {
    const onClose = vi.fn();
    const api = fakeApi({
      'followup:import-preview': () => ({ ok: true, value: preview({}) }),
      'followup:import-apply': () => ({ ok: true, value: { applied: 1, unitName: 'Dinas Kesehatan' } }),
      ...followUpRefreshes(),
    });
    setApi(api);
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ImportReplyModal opened onClose={onClose} units={[]} />);
    await user.click(await screen.findByRole('button', { name: 'Pilih berkas Excel' }));
    await user.click(await screen.findByRole('button', { name: 'Terapkan 1 perubahan' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(await screen.findByText('1 perkembangan dari Dinas Kesehatan tersimpan.')).toBeInTheDocument();
    expect(api.calls.find((call) => call.channel === 'followup:import-apply')?.input).toEqual({
      fileId: '77777777-7777-4777-8777-000000000001',
    });
  });
});
