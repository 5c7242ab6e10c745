import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SectionId } from '../../../shared/domain/ids';
import type { MinuteSection } from '../../../shared/domain/minutes';
import { LiveTab } from '../../../renderer/src/features/live/LiveTab';
import { setApi } from '../../../renderer/src/lib/api';
import { fakeApi } from '../support/fakeApi';
import { renderWithProviders } from '../support/renderApp';
import { freshAppEachTest } from '../support/freshApp';
import { MEETING_ID as MEETING, agendaItem, minuteSection, paragraphDoc } from '../support/records';
import { meetingDetail } from '../../fixtures/meeting/meetingDetail';
import { ITEM, liveScreenChannels } from './liveFixtures';

freshAppEachTest();

const section = (n: number, kind: MinuteSection['kind'], text: string, extra: Partial<MinuteSection> = {}) =>
  minuteSection(n, kind, text, { revision: 4, ...extra });
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
const meeting = meetingDetail(MEETING, { title: 'Rakor' });

function api(saves: unknown[]) {
  return fakeApi({
    ...liveScreenChannels({
      sections,
      agenda: [agendaItem({ id: ITEM, presenter: 'Kepala Dinas Kesehatan', plannedMinutes: 20 })],
      timers: [{ id: ITEM, actualStartAt: null, actualEndAt: null }],
    }),
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
        content: paragraphDoc('Laporan Dinkes. Kalimat yang belum sempat tersimpan.'),
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
      content: paragraphDoc('Laporan Dinkes. Kalimat yang belum sempat tersimpan.'),
    });
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveTextContent(/^Tersimpan \d{2}\.\d{2}$/));
    expect(localStorage.getItem(`risalah.jurnal.${discussion.id}`)).toBeNull();
    expect(localStorage.getItem(`risalah.jurnal.${opening.id}`)).toBeNull();
  });
});
