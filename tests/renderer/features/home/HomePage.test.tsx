import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MeetingSummary } from '../../../../shared/domain/meeting';
import type { MeetingId } from '../../../../shared/domain/ids';
import { HomePage } from '../../../../renderer/src/features/home/HomePage';
import { setApi } from '../../../../renderer/src/lib/api';
import { useAppStore } from '../../../../renderer/src/store';
import { fakeApi } from '../../support/fakeApi';
import { renderWithProviders } from '../../support/renderApp';

const initialState = useAppStore.getState();
let seq = 0;

function meeting(partial: Partial<MeetingSummary>): MeetingSummary {
  seq += 1;
  return {
    id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}` as MeetingId,
    seriesId: null,
    title: 'Rakor',
    date: '2026-12-05',
    place: '',
    startTime: null,
    timeZone: 'Asia/Jakarta',
    status: 'DRAF',
    createdAt: seq,
    updatedAt: seq,
    ...partial,
  };
}

const titlesIn = (name: string) =>
  within(screen.getByRole('region', { name }))
    .queryAllByRole('link')
    .map((link) => link.textContent);

beforeEach(() => {
  useAppStore.setState(initialState, true);
  // 01:30 UTC: 08:30 in Jakarta (WIB), 10:30 in Jayapura (WIT); the test machine's own zone plays no part.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-05T01:30:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
  setApi(null);
});

describe('features/home/HomePage', () => {
  it('splits upcoming from held by date and start time in each meeting zone; approved today is recent', async () => {
    const list = [
      meeting({ title: 'Minggu depan', date: '2026-12-12', startTime: '09:00' }),
      meeting({ title: 'Jakarta pukul 09.00', startTime: '09:00' }),
      meeting({ title: 'Jayapura pukul 09.00', startTime: '09:00', timeZone: 'Asia/Jayapura' }),
      meeting({ title: 'Disahkan hari ini', startTime: '14:00', status: 'DISAHKAN' }),
      meeting({ title: 'Hari ini tanpa jam' }),
      meeting({ title: 'Kemarin tanpa jam', date: '2026-12-04' }),
    ];
    setApi(
      fakeApi({
        'meetings:home': () => ({ ok: true, value: list }),
        // Set up already: the first-run checklist stays away from this test of the two lists.
        'app:setup-status': () => ({ ok: true, value: { kop: true, logo: true, units: 3, people: 5, meetings: 6 } }),
        'followup:reminders': () => ({
          ok: true,
          value: { today: '2026-12-05', reminderDays: 7, overdue: 0, dueSoon: 0, units: [], unread: false },
        }),
      }),
    );
    renderWithProviders(<HomePage />);
    await screen.findByText('Minggu depan');
    // Soonest first.
    expect(titlesIn('Rapat mendatang')).toEqual(['Jakarta pukul 09.00', 'Hari ini tanpa jam', 'Minggu depan']);
    // Newest first.
    expect(titlesIn('Rapat terakhir')).toEqual(['Disahkan hari ini', 'Jayapura pukul 09.00', 'Kemarin tanpa jam']);
  });
});
