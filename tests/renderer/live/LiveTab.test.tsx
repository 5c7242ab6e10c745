import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AgendaItemId, MeetingId, SectionId } from '../../../shared/domain/ids';
import type { MeetingDetail } from '../../../shared/domain/meeting';
import type { MinuteSection, RichDoc } from '../../../shared/domain/minutes';
import { LiveTab } from '../../../renderer/src/features/live/LiveTab';
import { setApi } from '../../../renderer/src/lib/api';
import { fakeApi } from '../support/fakeApi';
import { renderWithProviders } from '../support/renderApp';
import { freshAppEachTest } from '../support/freshApp';

freshAppEachTest();

const MEETING = '11111111-1111-4111-8111-111111111111' as MeetingId;
const ITEM = '22222222-2222-4222-8222-222222222222' as AgendaItemId;
const doc = (text: string): RichDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});
const section = (
  n: number,
  kind: MinuteSection['kind'],
  text: string,
  extra: Partial<MinuteSection> = {},
): MinuteSection => ({
  id: `33333333-3333-4333-8333-33333333333${n}` as SectionId,
  meetingId: MEETING,
  kind,
  agendaItemId: null,
  agendaTitle: null,
  agendaPosition: null,
  position: n,
  content: doc(text),
  revision: 4,
  updatedAt: 1,
  ...extra,
});
const sections = [
  section(0, 'OPENING', 'Rapat dibuka pukul 09.05.'),
  section(1, 'DISCUSSION', 'Laporan Dinkes.', {
    agendaItemId: ITEM,
    agendaTitle: 'Percepatan penurunan stunting',
    agendaPosition: 1,
  }),
  section(2, 'CONCLUSION', ''),
  section(3, 'CLOSING', ''),
];
const meeting = {
  id: MEETING,
  title: 'Rakor',
  date: '2026-11-27',
  status: 'DRAF',
  timeZone: 'Asia/Jakarta',
  chair: null,
} as unknown as MeetingDetail;

function api(saves: unknown[]) {
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
          presenter: 'Kepala Dinas Kesehatan',
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
    'decisions:list': () => ({ ok: true, value: [] }),
    'commitments:list': () => ({ ok: true, value: [] }),
    'agenda:timers': () => ({ ok: true, value: [{ id: ITEM, actualStartAt: null, actualEndAt: null }] }),
    'minutes:save-section': (input) => {
      saves.push(input);
      return {
        ok: true,
        value: { id: (input as { id: SectionId }).id, revision: 5, updatedAt: Date.UTC(2026, 10, 27, 3, 42) },
      };
    },
  });
}

describe('features/live/LiveTab', () => {
  it('shows the agenda with planned time, the opening section and the save state', async () => {
    setApi(api([]));
    renderWithProviders(<LiveTab meeting={meeting} />);
    expect(await screen.findByRole('heading', { name: 'Kata Pembukaan' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Acara dan waktu' });
    expect(nav).toHaveTextContent('Acara 1 · Kepala Dinas Kesehatan');
    expect(nav).toHaveTextContent('rencana 20 mnt · belum dimulai');
    expect(nav).toHaveTextContent('Keputusan/Kesimpulan');
    expect(screen.getByRole('textbox', { name: 'Isi notula: Kata Pembukaan' })).toHaveTextContent(
      'Rapat dibuka pukul 09.05.',
    );
    expect(screen.getByTestId('save-status')).toHaveTextContent('Belum ada perubahan');
    expect(screen.getByRole('tab', { name: 'Keputusan (0)' })).toBeInTheDocument();
  });

  it('reopens where she was and saves the words a crash left only in the journal', async () => {
    const opening = sections[0]!;
    const discussion = sections[1]!;
    localStorage.setItem(`risalah.berlangsung.${MEETING}`, JSON.stringify({ sectionId: discussion.id, cursor: 3 }));
    localStorage.setItem(
      `risalah.jurnal.${discussion.id}`,
      JSON.stringify({
        sectionId: discussion.id,
        baseRevision: 4,
        content: doc('Laporan Dinkes. Kalimat yang belum sempat tersimpan.'),
        at: 1,
      }),
    );
    // A journal equal to what main has is dropped without a save.
    localStorage.setItem(
      `risalah.jurnal.${opening.id}`,
      JSON.stringify({ sectionId: opening.id, baseRevision: 3, content: opening.content, at: 1 }),
    );
    const saves: unknown[] = [];
    setApi(api(saves));
    renderWithProviders(<LiveTab meeting={meeting} />);
    expect(
      await screen.findByRole('heading', { name: 'Pembahasan: Percepatan penurunan stunting' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('textbox', { name: 'Isi notula: Pembahasan: Percepatan penurunan stunting' }),
    ).toHaveTextContent('Kalimat yang belum sempat tersimpan.');
    expect(await screen.findByText('Teks yang belum tersimpan dipulihkan dari perangkat ini.')).toBeInTheDocument();
    await waitFor(() => expect(saves).toHaveLength(1), { timeout: 3000 });
    expect(saves[0]).toEqual({
      id: discussion.id,
      baseRevision: 4,
      content: doc('Laporan Dinkes. Kalimat yang belum sempat tersimpan.'),
    });
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveTextContent(/^Tersimpan \d{2}\.\d{2}$/));
    expect(localStorage.getItem(`risalah.jurnal.${discussion.id}`)).toBeNull();
    expect(localStorage.getItem(`risalah.jurnal.${opening.id}`)).toBeNull();
  });
});
