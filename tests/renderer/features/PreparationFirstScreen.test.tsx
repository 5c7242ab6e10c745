import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import type { AgendaItemId } from '../../../shared/domain/ids';
import { DEFAULT_INSTANSI } from '../../../shared/domain/instansi';
import { emptyInvitationLetter } from '../../../shared/domain/invitationLetter';
import { MeetingPage } from '../../../renderer/src/features/meeting/MeetingPage';
import { setApi } from '../../../renderer/src/lib/api';
import { fakeApi } from '../support/fakeApi';
import { renderWithProviders } from '../support/renderApp';
import { freshAppEachTest } from '../support/freshApp';
import type { PersonId } from '../../../shared/domain/ids';
import { MEETING_ID as MEETING, agendaItem, attendanceList, attendee, ok, person } from '../support/records';
import { meetingDetail } from '../../fixtures/meeting/meetingDetail';
import { approvalState } from './approval/approvalFixtures';

/*
 * Opening a meeting: the agenda, attendance and letter panels (below the identity form, the
 * heaviest part of Persiapan) are mounted by an update of their own, given to
 * lib/belowFirstScreen.ts (a transition), not in the same render as the page's first screen.
 * Here that update is held, so the first screen can be seen without them, then let go.
 */
const held: Array<() => void> = [];
vi.mock('../../../renderer/src/lib/belowFirstScreen', () => ({
  mountBelowFirstScreen: (update: () => void) => held.push(update),
}));

const detail = meetingDetail(MEETING, { title: 'Rapat Koordinasi Kepala OPD' });

function pageApi(overrides: Parameters<typeof fakeApi>[0]) {
  return fakeApi({
    'meetings:get': () => ok(detail),
    'agenda:list': () => ok([]),
    'attendance:list': () => ok(attendanceList([])),
    'people:list': () => ok([]),
    'units:list': () => ok([]),
    'letter:get': () => ok(emptyInvitationLetter(MEETING)),
    'settings:get-instansi': () => ok(DEFAULT_INSTANSI),
    'approval:state': () => ok(approvalState(detail.status, { people: [], chairPersonId: null })),
    ...overrides,
  });
}

function renderMeeting() {
  renderWithProviders(
    <Routes>
      <Route path="/rapat/:id" element={<MeetingPage />} />
    </Routes>,
    `/rapat/${MEETING}`,
  );
}

freshAppEachTest();

describe('features/meeting/PreparationTab first screen', { timeout: 45_000 }, () => {
  it('shows the header, tabs and identity before the agenda and attendance rows are mounted', async () => {
    held.length = 0;
    setApi(
      pageApi({
        'meetings:get': () => ok(detail),
        'agenda:list': () =>
          ok([
            agendaItem({ id: 'aaaaaaaa-aaaa-4aaa-8aaa-000000000001' as AgendaItemId, position: 1, title: 'Pembukaan' }),
          ]),
        'attendance:list': () => ok(attendanceList([attendee(1, 'H. Doni Purnomo, S.Kom.', { status: 'HADIR' })])),
        'people:list': () => ok([]),
        'units:list': () => ok([]),
        'letter:get': () => ok(emptyInvitationLetter(MEETING)),
        'settings:get-instansi': () => ok(DEFAULT_INSTANSI),
      }),
    );
    renderMeeting();
    expect(await screen.findByRole('heading', { name: 'Rapat Koordinasi Kepala OPD' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Persiapan' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByLabelText(/Hari\/Tanggal/)).toBeInTheDocument();
    // The agenda and attendance have arrived; their panels wait for their own update.
    await vi.waitFor(() => expect(held).toHaveLength(1));
    expect(screen.queryByRole('table', { name: 'Acara' })).not.toBeInTheDocument();
    expect(screen.queryByText('H. Doni Purnomo, S.Kom.')).not.toBeInTheDocument();
    expect(screen.getAllByRole('status', { name: 'Memuat…' }).length).toBeGreaterThan(0);

    act(() => held.forEach((update) => update()));
    expect(await screen.findByRole('table', { name: 'Acara' })).toHaveTextContent('Pembukaan');
    expect(screen.getByText('H. Doni Purnomo, S.Kom.')).toBeInTheDocument();
  });

  it('keeps the officials of the three role pickers out of the page until a picker is opened', async () => {
    held.length = 0;
    // A ten-year archive holds hundreds of officials; each role picker would keep all of them hidden in the page.
    const officials = Array.from({ length: 40 }, (_, i) =>
      person({
        id: `aaaaaaaa-aaaa-4aaa-8aaa-${String(i + 1).padStart(12, '0')}` as PersonId,
        name: `Pejabat Contoh ${i + 1}`,
        position: `Kepala Bagian ${i + 1}`,
      }),
    );
    setApi(pageApi({ 'people:list': () => ok(officials) }));
    renderMeeting();
    const chair = await screen.findByLabelText('Pimpinan Rapat (Ketua)', { selector: 'input' });
    await waitFor(() => expect(held).toHaveLength(1));
    act(() => held.forEach((update) => update()));
    await screen.findByTestId('attendance-summary');
    expect(screen.queryAllByRole('option', { name: /Pejabat Contoh/, hidden: true })).toHaveLength(0);

    await userEvent.setup({ delay: null }).click(chair);
    // Opened, the list holds every official, as before.
    expect(await screen.findAllByRole('option', { name: /Pejabat Contoh/, hidden: true })).toHaveLength(40);
  });
});
