import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AttendanceQuickList } from '../../../renderer/src/features/live/AttendanceQuickList';
import { setApi } from '../../../renderer/src/lib/api';
import { fakeApi } from '../support/fakeApi';
import { renderWithProviders } from '../support/renderApp';
import { freshAppEachTest } from '../support/freshApp';
import { attendanceList, attendee } from '../support/records';

freshAppEachTest();

const rows = [attendee(1, 'Rina Hakim'), attendee(2, 'Budi Siregar')];
const list = attendanceList(rows);

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
