import { DatesProvider } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../../shared/domain/agenda';
import type { Attendee } from '../../../shared/domain/attendee';
import type { MeetingStatus } from '../../../shared/domain/meeting';
import type { AgendaItemId, PersonId, UnitId } from '../../../shared/domain/ids';
import type { Person, Unit } from '../../../shared/domain/masterData';
import { DEFAULT_INSTANSI } from '../../../shared/domain/instansi';
import { emptyInvitationLetter } from '../../../shared/domain/invitationLetter';
import { MeetingPage } from '../../../renderer/src/features/meeting/MeetingPage';
import { setApi } from '../../../renderer/src/lib/api';
import { fakeApi } from '../support/fakeApi';
import { renderWithProviders } from '../support/renderApp';
import { freshAppEachTest } from '../support/freshApp';
import {
  MEETING_ID as MEETING,
  agendaItem,
  attendanceList,
  attendee,
  official,
  person,
  refusedOnceThen,
  unit,
} from '../support/records';
import { fail } from '../../../shared/ipc/result';
import { meetingDetail } from '../../fixtures/meeting/meetingDetail';
import { approvalState } from './approval/approvalFixtures';

const WABUP = '22222222-2222-4222-8222-222222222222' as PersonId;
const DINKES = '33333333-3333-4333-8333-333333333333' as UnitId;

const wabup = person({
  id: WABUP,
  name: 'Nama Wakil Bupati Contoh, S.E.',
  nip: null,
  rankCode: null,
  position: 'Wakil Bupati Contoh',
  unitId: null,
  unitName: null,
  isPolitical: true,
});
const detail = meetingDetail(MEETING, {
  title: 'Rapat Koordinasi Kepala OPD',
  callTime: '08:30',
  chair: official(wabup),
  // Local wall clock, so "Tersimpan 10.42" holds in any test machine's zone.
  updatedAt: new Date(2026, 10, 27, 10, 42).getTime(),
});

function agendaItemAt(position: number, title: string): AgendaItem {
  return agendaItem({
    id: `aaaaaaaa-aaaa-4aaa-8aaa-00000000000${position}` as AgendaItemId,
    position,
    title,
    presenter: position === 1 ? 'Pimpinan Rapat' : '',
    presenterText: position === 1 ? 'Pimpinan Rapat' : '',
    plannedMinutes: position === 1 ? 10 : 20,
  });
}

/** The head of an OPD (Dinkes) on the list, marked with status. */
const invitedHead = (order: number, name: string, status: Attendee['status'], extra: Partial<Attendee> = {}) =>
  attendee(order, name, { unitId: DINKES, status, ...extra });

const people: Person[] = [wabup];
const units: Unit[] = [unit({ id: DINKES })];

const agenda = [
  agendaItemAt(1, 'Pembukaan oleh Pimpinan Rapat'),
  agendaItemAt(2, 'Laporan tindak lanjut'),
  agendaItemAt(3, 'Penutup'),
];
const attendance = attendanceList([
  invitedHead(1, 'H. Doni Purnomo, S.Kom.', 'HADIR'),
  invitedHead(2, 'Budi Siregar, S.H., M.H.', 'DIWAKILI', {
    representative: { name: 'Hj. Ratna Gunawan', nip: '197612022006072007', position: 'Sekretaris Bapperida' },
  }),
  invitedHead(3, 'Sri Wijaya, M.Si.', 'IZIN'),
  invitedHead(4, 'Rina Hakim, S.Pd.', 'DIUNDANG'),
]);

/** The approval bar's state: nobody on the meeting to sign yet. */
const approvalWith = (status: MeetingStatus) => approvalState(status, { people: [], chairPersonId: null });

function baseApi(overrides: Parameters<typeof fakeApi>[0] = {}) {
  return fakeApi({
    'meetings:get': () => ({ ok: true, value: detail }),
    'agenda:list': () => ({ ok: true, value: agenda }),
    'attendance:list': () => ({ ok: true, value: attendance }),
    'people:list': () => ({ ok: true, value: people }),
    'units:list': () => ({ ok: true, value: units }),
    // The Surat Undangan panel (issue 16) reads the letter and the instansi's SRIKANDI mode and threshold.
    'letter:get': () => ({ ok: true, value: emptyInvitationLetter(MEETING) }),
    'settings:get-instansi': () => ({ ok: true, value: DEFAULT_INSTANSI }),
    // The page's approval bar (issue 6) asks for the workflow state of the meeting.
    'approval:state': () => ({ ok: true, value: approvalWith(detail.status) }),
    ...overrides,
  });
}

function renderPage() {
  return renderWithProviders(
    <DatesProvider settings={{ locale: 'id', firstDayOfWeek: 1 }}>
      <Routes>
        <Route path="/rapat/:id" element={<MeetingPage />} />
      </Routes>
    </DatesProvider>,
    `/rapat/${MEETING}`,
  );
}

freshAppEachTest();

// The whole meeting page renders in jsdom; on the shared 2-core machine that takes its time.
describe('features/meeting/PreparationTab', { timeout: 45_000 }, () => {
  it('shows the header, the identity, the agenda and the running attendance totals', async () => {
    setApi(baseApi());
    renderPage();
    expect(await screen.findByRole('heading', { name: 'Rapat Koordinasi Kepala OPD' })).toBeInTheDocument();
    expect(screen.getByText(/Jumat, 27 November 2026 · Ruang Rapat Bupati/)).toBeInTheDocument();
    expect(screen.getByText('Draf')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Persiapan' })).toHaveAttribute('aria-selected', 'true');

    expect(screen.getByLabelText(/Hari\/Tanggal/)).toHaveValue('Jumat, 27 November 2026');
    expect(screen.getByLabelText('Waktu Panggilan')).toHaveValue('08:30');
    expect(screen.getByLabelText('s.d. selesai')).toBeChecked();
    expect(screen.getByLabelText('Waktu selesai')).toBeDisabled();
    expect(screen.getByLabelText('Pimpinan Rapat (Ketua)', { selector: 'input' })).toHaveValue(
      'Nama Wakil Bupati Contoh, S.E.',
    );

    const agendaTable = await screen.findByRole('table', { name: 'Acara' });
    expect(
      within(agendaTable)
        .getAllByRole('row')
        .slice(1)
        .map((row) => within(row).getAllByRole('cell')[2]?.textContent),
    ).toEqual(['Pembukaan oleh Pimpinan Rapat', 'Laporan tindak lanjut', 'Penutup']);
    expect(screen.getByText('Total rencana: 50 menit')).toBeInTheDocument();

    expect(screen.getByTestId('attendance-summary')).toHaveTextContent('3 orang: hadir 1, diwakili 1, izin 1');
    expect(screen.getByText('1 undangan belum ditandai')).toBeInTheDocument();
    expect(
      screen.getByText(/Diwakili oleh Hj. Ratna Gunawan, Sekretaris Bapperida \(NIP. 19761202 200607 2 007\)/),
    ).toBeInTheDocument();
  });

  it("shows a submitted meeting's agenda and attendance without edit or delete controls, and says why", async () => {
    const submitted = { ...detail, status: 'DIAJUKAN' as const };
    setApi(
      baseApi({
        'meetings:get': () => ({ ok: true, value: submitted }),
        'approval:state': () => ({ ok: true, value: approvalWith('DIAJUKAN') }),
      }),
    );
    renderPage();
    expect(await screen.findByText('Laporan tindak lanjut')).toBeInTheDocument();
    expect(await screen.findByTestId('lock-reason')).toHaveTextContent(
      'Selama diajukan, isi rapat ini terkunci. Untuk mengubahnya, catat keputusan pimpinan dengan "Kembalikan dengan catatan".',
    );
    expect(screen.getByTestId('read-only')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Hapus "Laporan tindak lanjut"' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ubah "Laporan tindak lanjut"' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Undang OPD/pejabat' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Hapus .* dari daftar$/ })).toBeNull();
    expect(screen.getByText('H. Doni Purnomo, S.Kom.')).toBeInTheDocument();
  });

  it("saves the identity whole and shows main's message when it refuses", async () => {
    let attempt = 0;
    const api = baseApi({
      'meetings:update-identity': (input) => {
        attempt += 1;
        return attempt === 1
          ? { ok: false, error: { code: 'INVALID_INPUT', message: 'Waktu selesai harus sesudah waktu mulai.' } }
          : { ok: true, value: { ...detail, title: input.title, endTime: input.endTime } };
      },
    });
    setApi(api);
    const user = userEvent.setup({ delay: null });
    renderPage();
    const name = await screen.findByRole('textbox', { name: /Sidang\/Rapat/ });
    await user.clear(name);
    await user.click(name);
    await user.paste('Rakor Percepatan Stunting');
    expect(screen.getByText('Ada perubahan yang belum disimpan')).toBeInTheDocument();
    await user.click(screen.getByLabelText('s.d. selesai'));
    await user.click(screen.getByLabelText('Waktu selesai'));
    await user.paste('08:00');
    await user.click(screen.getByRole('button', { name: 'Simpan identitas' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Waktu selesai harus sesudah waktu mulai.');
    const sent = api.calls.find((c) => c.channel === 'meetings:update-identity')?.input;
    expect(sent).toMatchObject({
      id: MEETING,
      title: 'Rakor Percepatan Stunting',
      callTime: '08:30',
      startTime: '09:00',
      endTime: '08:00',
      chair: { personId: WABUP, acting: '' },
    });

    await user.click(screen.getByRole('button', { name: 'Simpan identitas' }));
    expect(await screen.findByText('Identitas rapat disimpan.')).toBeInTheDocument();
    expect(screen.queryByText('Waktu selesai harus sesudah waktu mulai.')).not.toBeInTheDocument();
    expect(screen.getByText('Tersimpan 10.42')).toBeInTheDocument();
  });

  it('moves an agenda item with the keyboard buttons through agenda:reorder', async () => {
    const api = baseApi({
      'agenda:reorder': (input) => ({
        ok: true,
        value: input.ids.map((id, index) => ({ ...agenda.find((a) => a.id === id)!, position: index + 1 })),
      }),
    });
    setApi(api);
    const user = userEvent.setup({ delay: null });
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Turunkan "Pembukaan oleh Pimpinan Rapat"' }));
    const reorder = api.calls.find((c) => c.channel === 'agenda:reorder')?.input as { ids: string[] };
    expect(reorder.ids).toEqual([agenda[1]!.id, agenda[0]!.id, agenda[2]!.id]);
    const table = screen.getByRole('table', { name: 'Acara' });
    await waitFor(() => expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Laporan tindak lanjut'));
    expect(screen.getByRole('button', { name: 'Naikkan "Laporan tindak lanjut"' })).toBeDisabled();
  });

  it('asks for the representative before marking Diwakili, and sends it with the status', async () => {
    const api = baseApi({
      'attendance:set-status': (input) =>
        input.representative?.nip === '123'
          ? {
              ok: false,
              error: {
                code: 'INVALID_INPUT',
                message: 'NIP wakil harus 18 angka (boleh dikosongkan bila wakil bukan ASN).',
              },
            }
          : {
              ok: true,
              value: attendanceList([
                ...attendance.attendees.slice(0, 3),
                invitedHead(4, 'Rina Hakim, S.Pd.', 'DIWAKILI', { representative: input.representative }),
              ]),
            },
    });
    setApi(api);
    const user = userEvent.setup({ delay: null });
    renderPage();
    // The attendance rows are mounted by a transition (lib/belowFirstScreen.ts), which jsdom renders in
    // slices more slowly than a browser does: over a second on the shared machine.
    const status = await screen.findByLabelText(
      'Status kehadiran Rina Hakim, S.Pd.',
      { selector: 'input' },
      { timeout: 10_000 },
    );
    await user.click(status);
    // Every row's Select keeps its (hidden) list in the DOM; take the one this input controls.
    const options = await waitFor(
      () => document.getElementById(status.getAttribute('aria-controls') ?? '') as HTMLElement,
    );
    await user.click(within(options).getByRole('option', { name: 'Diwakili', hidden: true }));
    expect(api.calls.some((c) => c.channel === 'attendance:set-status')).toBe(false);

    const form = screen.getByRole('form', { name: 'Wakil untuk Rina Hakim, S.Pd.' });
    await user.click(within(form).getByLabelText(/Nama wakil/));
    await user.paste('Maya Santoso, S.T., M.T.');
    await user.click(within(form).getByLabelText('NIP wakil'));
    await user.paste('123');
    await user.click(within(form).getByLabelText(/Jabatan wakil/));
    await user.paste('Sekretaris BPBD');
    await user.click(within(form).getByRole('button', { name: 'Simpan wakil' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('NIP wakil harus 18 angka');

    await user.clear(within(form).getByLabelText('NIP wakil'));
    await user.click(within(form).getByLabelText('NIP wakil'));
    await user.paste('198004182006102010');
    await user.click(within(form).getByRole('button', { name: 'Simpan wakil' }));
    expect(await screen.findByText(/Diwakili oleh Maya Santoso, S.T., M.T., Sekretaris BPBD/)).toBeInTheDocument();
    expect(screen.getByTestId('attendance-summary')).toHaveTextContent('4 orang: hadir 1, diwakili 2, izin 1');
    const last = api.calls.filter((c) => c.channel === 'attendance:set-status').at(-1)?.input;
    expect(last).toMatchObject({
      status: 'DIWAKILI',
      representative: { name: 'Maya Santoso, S.T., M.T.', nip: '198004182006102010', position: 'Sekretaris BPBD' },
    });
  });

  it('shows empty agenda and attendance states, and a load error with retry for the meeting', async () => {
    setApi(
      baseApi({
        'meetings:get': refusedOnceThen(fail('NOT_FOUND', 'Rapat tidak ditemukan; mungkin sudah dihapus.'), detail),
        'agenda:list': () => ({ ok: true, value: [] }),
        'attendance:list': () => ({ ok: true, value: attendanceList([]) }),
      }),
    );
    const user = userEvent.setup({ delay: null });
    renderPage();
    expect(await screen.findByText('Rapat tidak ditemukan; mungkin sudah dihapus.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByText(/Belum ada acara/)).toBeInTheDocument();
    expect(screen.getByText(/Belum ada undangan/)).toBeInTheDocument();
    expect(screen.getByText('Belum ada yang ditandai hadir atau tidak hadir.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Simpan sebagai templat' })).toBeDisabled();
  });
  it('invites all OPD at once, then marks everyone still invited present so only the exceptions are changed', async () => {
    let current = attendance;
    const api = baseApi({
      'attendance:list': () => ({ ok: true, value: current }),
      'unitgroups:list': () => ({ ok: true, value: [] }),
      'attendance:invite-group': () => {
        current = attendanceList([...attendance.attendees, invitedHead(5, 'Ahmad Lubis, S.T.', 'DIUNDANG')]);
        return { ok: true, value: { ...current, added: 1, skipped: 1 } };
      },
      'attendance:mark-all-present': () => {
        current = attendanceList(
          current.attendees.map((a) =>
            a.status === 'DIUNDANG' ? { ...a, status: 'HADIR' as const, arrivalTime: '09:05' } : a,
          ),
        );
        return { ok: true, value: { ...current, marked: 2 } };
      },
    });
    setApi(api);
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Undang sekaligus' }));
    // Not part of a series: no previous meeting to copy from.
    expect(screen.queryByRole('menuitem', { name: /rapat sebelumnya/ })).toBeNull();
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Seluruh OPD (kepala OPD)', hidden: true }));
    expect(await screen.findByText('Ahmad Lubis, S.T.')).toBeInTheDocument();
    expect(api.calls.find((c) => c.channel === 'attendance:invite-group')?.input).toEqual({
      meetingId: MEETING,
      group: 'ALL_UNITS',
    });
    expect(await screen.findByText('2 undangan belum ditandai')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Tandai semua hadir' }));
    await waitFor(() =>
      expect(screen.getByTestId('attendance-summary')).toHaveTextContent('5 orang: hadir 3, diwakili 1, izin 1'),
    );
    expect(screen.getByRole('button', { name: 'Tandai semua hadir' })).toBeDisabled();
    // Its confirmations are alerts: none may outlive this test.
    notifications.clean();
  });
});
