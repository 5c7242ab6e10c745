import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CommitmentId, DecisionId } from '../../../shared/domain/ids';
import type { MeetingDetail, MeetingStatus } from '../../../shared/domain/meeting';
import { LiveTab } from '../../../renderer/src/features/live/LiveTab';
import { setApi } from '../../../renderer/src/lib/api';
import { fakeApi } from '../support/fakeApi';
import { renderWithProviders } from '../support/renderApp';
import { freshAppEachTest } from '../support/freshApp';
import { MEETING_ID as MEETING, agendaItem, commitment, decision, minuteSection } from '../support/records';
import { meetingDetail } from '../../fixtures/meeting/meetingDetail';
import { ITEM, liveScreenChannels } from './liveFixtures';

/*
 * Issue 14: a locked meeting (Diajukan like Disahkan) shows its live screen with no edit
 * or delete control, no timer button, timers that no longer tick, and says why it is
 * locked and how to unlock it. The same screen as a draft is the control: there the
 * controls are present and the running item ticks.
 */

freshAppEachTest();

const sections = (['OPENING', 'DISCUSSION', 'CONCLUSION', 'CLOSING'] as const).map((kind, n) =>
  minuteSection(
    n,
    kind,
    `Isi ${kind}.`,
    kind === 'DISCUSSION'
      ? { agendaItemId: ITEM, agendaTitle: 'Percepatan penurunan stunting', agendaPosition: 1 }
      : {},
  ),
);

function meetingIn(status: MeetingStatus): MeetingDetail {
  return meetingDetail(MEETING, { title: 'Rakor', status });
}

function api() {
  return fakeApi({
    ...liveScreenChannels({
      sections,
      agenda: [agendaItem({ id: ITEM, plannedMinutes: 20 })],
      decisions: [decision({ id: 'dddddddd-dddd-4ddd-8ddd-dddddddddddd' as DecisionId })],
      commitments: [commitment({ id: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc' as CommitmentId })],
      // Started five minutes ago and never stopped (a file from before submission stopped the timers).
      timers: [{ id: ITEM, actualStartAt: Date.now() - 5 * 60_000, actualEndAt: null }],
    }),
    'followup:carryover': () => ({
      ok: true,
      value: { meetingId: MEETING, inSeries: false, takenOn: null, meetingDate: '2026-11-27', items: [] },
    }),
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('features/live: a locked meeting', () => {
  it('while Diajukan: no edit, delete or timer control, a timer that does not tick, and how to unlock', async () => {
    setApi(api());
    renderWithProviders(<LiveTab meeting={meetingIn('DIAJUKAN')} />);
    expect(await screen.findByTestId('live-locked')).toHaveTextContent(
      'Notula rapat ini sedang diajukan ke pimpinan: isinya terkunci dan pengatur waktu berhenti. Untuk mengubahnya, pilih "Kembalikan dengan catatan" di atas.',
    );
    expect(await screen.findByText(/Seluruh OPD melapor tiap triwulan\./)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Ubah: / })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Hapus: / })).toBeNull();
    expect(screen.queryByRole('button', { name: /^(Mulai|Hentikan) Percepatan/ })).toBeNull();
    const nav = screen.getByRole('navigation', { name: 'Acara dan waktu' });
    expect(nav).not.toHaveTextContent('berjalan');
    const shown = nav.textContent;
    await pause(1200);
    expect(nav.textContent).toBe(shown);
  });

  it('while Disahkan: says to create a revision', async () => {
    setApi(api());
    renderWithProviders(<LiveTab meeting={meetingIn('DISAHKAN')} />);
    expect(await screen.findByTestId('live-locked')).toHaveTextContent('pilih "Buat revisi" di atas');
    expect(screen.queryByRole('button', { name: /^Hapus: / })).toBeNull();
  });

  it('as a draft (the control): edit, delete and timer controls are there and the running item ticks', async () => {
    setApi(api());
    renderWithProviders(<LiveTab meeting={meetingIn('DRAF')} />);
    expect(
      await screen.findByRole('button', { name: 'Hapus: Seluruh OPD melapor tiap triwulan.' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Hentikan Percepatan penurunan stunting' })).toBeInTheDocument();
    expect(screen.queryByTestId('live-locked')).toBeNull();
    const nav = screen.getByRole('navigation', { name: 'Acara dan waktu' });
    expect(nav).toHaveTextContent('berjalan');
    const shown = nav.textContent;
    await pause(1200);
    expect(nav.textContent).not.toBe(shown);
  });
});
