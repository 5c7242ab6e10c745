import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Commitment, Decision } from '../../../shared/domain/captures';
import type { AgendaItemId, MeetingId, SectionId } from '../../../shared/domain/ids';
import type { MeetingDetail, MeetingStatus } from '../../../shared/domain/meeting';
import type { MinuteSection } from '../../../shared/domain/minutes';
import { LiveTab } from '../../../renderer/src/features/live/LiveTab';
import { setApi } from '../../../renderer/src/lib/api';
import { fakeApi } from '../support/fakeApi';
import { renderWithProviders } from '../support/renderApp';
import { freshAppEachTest } from '../support/freshApp';

/*
 * Issue 14: a locked meeting (Diajukan like Disahkan) shows its live screen with no edit
 * or delete control, no timer button, timers that no longer tick, and says why it is
 * locked and how to unlock it. The same screen as a draft is the control: there the
 * controls are present and the running item ticks.
 */

freshAppEachTest();

const MEETING = '11111111-1111-4111-8111-111111111111' as MeetingId;
const ITEM = '22222222-2222-4222-8222-222222222222' as AgendaItemId;
const sections: MinuteSection[] = (['OPENING', 'DISCUSSION', 'CONCLUSION', 'CLOSING'] as const).map((kind, n) => ({
  id: `33333333-3333-4333-8333-33333333333${n}` as SectionId,
  meetingId: MEETING,
  kind,
  agendaItemId: kind === 'DISCUSSION' ? ITEM : null,
  agendaTitle: kind === 'DISCUSSION' ? 'Percepatan penurunan stunting' : null,
  agendaPosition: kind === 'DISCUSSION' ? 1 : null,
  position: n,
  content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Isi ${kind}.` }] }] },
  revision: 1,
  updatedAt: 1,
}));
const decision = {
  id: 'dddddddd-dddd-4ddd-8ddd-dddddddddddd',
  meetingId: MEETING,
  agendaItemId: null,
  text: 'Seluruh OPD melapor tiap triwulan.',
  position: 1,
} as unknown as Decision;
const commitment = {
  id: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc',
  meetingId: MEETING,
  agendaItemId: null,
  text: 'Menyusun rencana aksi stunting.',
  dueDate: null,
  programTag: '',
  position: 1,
  owners: [],
} as unknown as Commitment;

function meetingIn(status: MeetingStatus): MeetingDetail {
  return {
    id: MEETING,
    title: 'Rakor',
    date: '2026-11-27',
    status,
    timeZone: 'Asia/Jakarta',
    chair: null,
  } as unknown as MeetingDetail;
}

function api() {
  return fakeApi({
    'minutes:get': () => ({ ok: true, value: { meetingId: MEETING, sections } }),
    'agenda:list': () => ({
      ok: true,
      value: [
        {
          id: ITEM,
          meetingId: MEETING,
          position: 1,
          title: 'Percepatan penurunan stunting',
          presenterPersonId: null,
          presenter: '',
          presenterText: '',
          plannedMinutes: 20,
          createdAt: 1,
          updatedAt: 1,
        },
      ],
    }),
    'attendance:list': () => ({
      ok: true,
      value: { meetingId: MEETING, attendees: [], totals: { invited: 0, marked: 0, present: 0, byStatus: {} } },
    }),
    'decisions:list': () => ({ ok: true, value: [decision] }),
    'commitments:list': () => ({ ok: true, value: [commitment] }),
    // Started five minutes ago and never stopped (a file from before submission stopped the timers).
    'agenda:timers': () => ({
      ok: true,
      value: [{ id: ITEM, actualStartAt: Date.now() - 5 * 60_000, actualEndAt: null }],
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
