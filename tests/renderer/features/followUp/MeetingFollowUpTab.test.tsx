import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MeetingFollowUpTab } from '../../../../renderer/src/features/followUp/MeetingFollowUpTab';
import { setApi } from '../../../../renderer/src/lib/api';
import { useAppStore } from '../../../../renderer/src/store';
import { fakeApi } from '../../support/fakeApi';
import { renderWithProviders } from '../../support/renderApp';
import { CARRY, DETAIL, MEETING, page, ROW } from './fixtures';
import { meetingDetail } from '../../../fixtures/meeting/meetingDetail';

const initialState = useAppStore.getState();
beforeEach(() => useAppStore.setState(initialState, true));
afterEach(() => setApi(null));

const meeting = meetingDetail(MEETING, { title: 'Rakor November', place: 'Aula' });

const OWN = {
  ...ROW,
  id: '44444444-4444-4444-8444-000000000009' as typeof ROW.id,
  text: 'Susun peta rawan banjir',
  meetingTitle: 'Rakor November',
};

describe('features/followUp/MeetingFollowUpTab', () => {
  it("lists this meeting's commitments with owners, status and due date, apart from those carried over", async () => {
    const api = fakeApi({
      'followup:list': () => ({ ok: true, value: page([OWN]) }),
      'followup:carryover': () => ({ ok: true, value: CARRY }),
      'followup:get': () => ({ ok: true, value: { ...DETAIL, id: OWN.id, text: OWN.text } }),
    });
    setApi(api);
    renderWithProviders(<MeetingFollowUpTab meeting={meeting} />);

    const own = await screen.findByRole('region', { name: 'Komitmen rapat ini' });
    const open = await within(own).findByRole('button', { name: 'Buka rincian: Susun peta rawan banjir' });
    expect(within(own).getByText('Dinas Kesehatan')).toBeInTheDocument();
    expect(within(own).getByText('Dinas PUPR')).toBeInTheDocument();
    expect(within(own).queryByText('Percepat vaksinasi campak')).toBeNull();
    // Only this meeting's commitments are asked for.
    expect(api.calls.find((c) => c.channel === 'followup:list')?.input).toMatchObject({ meetingId: MEETING });

    const carried = await screen.findByRole('region', { name: 'Tindak lanjut hasil rapat sebelumnya' });
    expect(await within(carried).findByText(/Percepat vaksinasi campak/)).toBeInTheDocument();
    expect(within(carried).queryByText(/Susun peta rawan banjir/)).toBeNull();

    // The update drawer of the Tindak Lanjut page opens from the row.
    await userEvent.click(open);
    await waitFor(() => expect(api.calls.some((c) => c.channel === 'followup:get')).toBe(true));
    expect(await screen.findByText('Akses jalan selesai')).toBeInTheDocument();
  });

  it('says where commitments are recorded when the meeting has none yet', async () => {
    setApi(
      fakeApi({
        'followup:list': () => ({ ok: true, value: page([]) }),
        'followup:carryover': () => ({ ok: true, value: { ...CARRY, inSeries: false, items: [] } }),
      }),
    );
    renderWithProviders(<MeetingFollowUpTab meeting={meeting} />);
    expect(await screen.findByText(/Belum ada komitmen dari rapat ini/)).toBeInTheDocument();
  });
});
