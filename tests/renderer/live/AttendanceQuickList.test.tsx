import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { attendanceTotals, type Attendee, type AttendanceList } from '../../../shared/domain/attendee';
import type { AttendanceId, MeetingId } from '../../../shared/domain/ids';
import { AttendanceQuickList } from '../../../renderer/src/features/live/AttendanceQuickList';
import { setApi } from '../../../renderer/src/lib/api';
import { fakeApi } from '../support/fakeApi';
import { renderWithProviders } from '../support/renderApp';
import { freshAppEachTest } from '../support/freshApp';

const MEETING = '11111111-1111-4111-8111-111111111111' as MeetingId;
freshAppEachTest();

function attendee(order: number, name: string): Attendee {
  return {
    id: `bbbbbbbb-bbbb-4bbb-8bbb-00000000000${order}` as AttendanceId,
    meetingId: MEETING,
    kind: 'UNIT',
    personId: null,
    unitId: null,
    name,
    nip: null,
    position: 'Kepala Dinas',
    agency: `OPD ${order}`,
    status: 'DIUNDANG',
    representative: null,
    arrivalTime: null,
    note: '',
    order,
    createdAt: 1,
    updatedAt: 1,
  };
}

const rows = [attendee(1, 'Rina Hakim'), attendee(2, 'Budi Siregar')];
const list: AttendanceList = {
  meetingId: MEETING,
  attendees: rows,
  totals: attendanceTotals(rows.map((a) => a.status)),
};

describe('features/live/AttendanceQuickList', () => {
  it('clears the search after each mark, so the next arrival is typed from scratch', async () => {
    const api = fakeApi({ 'attendance:set-status': () => ({ ok: true, value: list }) });
    setApi(api);
    renderWithProviders(<AttendanceQuickList list={list} timeZone="Asia/Jakarta" started={false} locked={false} />);
    const search = screen.getByLabelText('Cari peserta');
    await userEvent.type(search, 'rina{Enter}');
    await waitFor(() => expect(api.calls.some((c) => c.channel === 'attendance:set-status')).toBe(true));
    expect(api.calls.find((c) => c.channel === 'attendance:set-status')?.input).toMatchObject({
      id: rows[0]?.id,
      status: 'HADIR',
    });
    await waitFor(() => expect(search).toHaveValue(''));
    expect(screen.getByText('Budi Siregar')).toBeInTheDocument();
  });
});
