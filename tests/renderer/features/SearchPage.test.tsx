import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { SearchHit, SearchQuery, SearchResults } from '../../../shared/domain/search';
import { SearchPage } from '../../../renderer/src/features/search/SearchPage';
import { useSearchShortcut } from '../../../renderer/src/features/search/useSearchShortcut';
import { setApi } from '../../../renderer/src/lib/api';
import { useAppStore } from '../../../renderer/src/store';
import { fakeApi } from '../support/fakeApi';
import { renderWithProviders } from '../support/renderApp';
import { freshAppEachTest } from '../support/freshApp';

const MEETING = {
  id: '11111111-1111-4111-8111-111111111111',
  title: 'Rakor Percepatan Penurunan Stunting',
  date: '2026-11-27',
};

/** A hit in the meeting's minutes or decisions: opening it goes to the meeting, at the hit. */
function meetingHit(kind: 'minute' | 'decision', entityId: string, snippet: SearchHit['snippet']): SearchHit {
  return {
    kind,
    entityId,
    meeting: MEETING,
    title: [],
    snippet,
    open: { to: 'meeting', meetingId: MEETING.id, focusKind: kind, focusId: entityId },
  };
}

const RESULTS: SearchResults = {
  words: ['dinas', 'kesehatan', 'campak'],
  total: 3,
  truncated: false,
  next: null,
  groups: [
    {
      kind: 'minute',
      hits: [
        meetingHit('minute', 'aaaaaaaa-0000-4000-8000-000000000001', [
          { text: '…laporan ', hit: false },
          { text: 'Dinas', hit: true },
          { text: ' ', hit: false },
          { text: 'Késéhatan', hit: true },
          { text: ' <img src=x onerror=alert(1)> tentang ', hit: false },
          { text: 'campak', hit: true },
        ]),
      ],
    },
    {
      kind: 'decision',
      hits: [
        meetingHit('decision', 'bbbbbbbb-0000-4000-8000-000000000001', [
          { text: 'Dinas', hit: true },
          { text: ' melapor tiap bulan.', hit: false },
        ]),
      ],
    },
    {
      kind: 'unit',
      hits: [
        {
          kind: 'unit',
          entityId: 'cccccccc-0000-4000-8000-000000000001',
          meeting: null,
          title: [
            { text: 'Dinas', hit: true },
            { text: ' Kesehatan', hit: false },
          ],
          snippet: [{ text: 'Dinkes', hit: false }],
          open: { to: 'masterData', section: 'opd', focusId: 'cccccccc-0000-4000-8000-000000000001' },
        },
      ],
    },
  ],
};

function Where() {
  const location = useLocation();
  return <output data-testid="where">{`${location.pathname}${location.search}`}</output>;
}

/** The search page at /cari; a result it opens shows where it went. */
function renderSearchPage() {
  return renderWithProviders(
    <Routes>
      <Route path="/cari" element={<SearchPage />} />
      <Route path="*" element={<Where />} />
    </Routes>,
    '/cari',
  );
}

freshAppEachTest();

describe('features/search/SearchPage', () => {
  it('invites a search before anything is typed, with the focus in the box', () => {
    setApi(fakeApi({}));
    renderWithProviders(<SearchPage />, '/cari');
    expect(screen.getByText('Cari di seluruh arsip')).toBeInTheDocument();
    expect(screen.getByLabelText('Kata yang dicari')).toHaveFocus();
  });

  it('sends what she typed (quotes and dash included) and shows grouped, highlighted results', async () => {
    const api = fakeApi({ 'search:query': () => ({ ok: true, value: RESULTS }) });
    setApi(api);
    const user = userEvent.setup();
    renderSearchPage();
    await user.type(screen.getByLabelText('Kata yang dicari'), '"dinas kesehatan" -campak');
    await screen.findByText('3 hasil untuk “"dinas kesehatan" -campak”, terbaru lebih dulu');
    const calls = api.calls.filter((c) => c.channel === 'search:query');
    expect((calls.at(-1)?.input as SearchQuery).query).toBe('"dinas kesehatan" -campak');

    expect(screen.getByRole('heading', { name: 'Notula (1)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Keputusan (1)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'OPD (1)' })).toBeInTheDocument();
    const minutes = screen.getByRole('region', { name: 'Notula (1)' });
    const link = within(minutes).getByRole('link');
    expect(link).toHaveTextContent('Rakor Percepatan Penurunan Stunting');
    expect(link).toHaveTextContent('Jumat, 27 November 2026');
    expect([...link.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual([
      'Dinas',
      'Késéhatan',
      'campak',
    ]);
    // Her text stays text: the markup inside it is not parsed.
    expect(link.querySelector('img')).toBeNull();
    expect(link).toHaveTextContent('<img src=x onerror=alert(1)>');

    await user.click(link);
    expect(screen.getByTestId('where')).toHaveTextContent(
      `/rapat/${MEETING.id}?fokus=minute:aaaaaaaa-0000-4000-8000-000000000001`,
    );
  });

  it('opens an OPD at its master-data list', async () => {
    setApi(fakeApi({ 'search:query': () => ({ ok: true, value: RESULTS }) }));
    useAppStore.setState({ searchQuery: 'dinas' });
    const user = userEvent.setup();
    renderSearchPage();
    const units = await screen.findByRole('region', { name: 'OPD (1)' });
    expect(within(units).getByText('Data master')).toBeInTheDocument();
    await user.click(within(units).getByRole('link'));
    expect(screen.getByTestId('where')).toHaveTextContent(
      '/data-master?bagian=opd&fokus=cccccccc-0000-4000-8000-000000000001',
    );
  });

  it('says plainly when nothing matched, and when only punctuation was typed', async () => {
    setApi(
      fakeApi({
        'search:query': (input) => ({
          ok: true,
          value: {
            words: /\w/.test(input.query) ? ['jembatan'] : [],
            groups: [],
            total: 0,
            truncated: false,
            next: null,
          },
        }),
      }),
    );
    const user = userEvent.setup();
    renderWithProviders(<SearchPage />, '/cari');
    const box = screen.getByLabelText('Kata yang dicari');
    await user.type(box, 'jembatan{Enter}');
    expect(await screen.findByText('Tidak ada hasil untuk “jembatan”')).toBeInTheDocument();
    await user.clear(box);
    await user.type(box, '***{Enter}');
    expect(await screen.findByText('Belum ada kata untuk dicari')).toBeInTheDocument();
  });

  it('shows main’s message when the search fails, with a retry', async () => {
    let fail = true;
    setApi(
      fakeApi({
        'search:query': () =>
          fail
            ? { ok: false, error: { code: 'INTERNAL', message: 'Pencarian tidak dapat dijalankan.' } }
            : { ok: true, value: RESULTS },
      }),
    );
    const user = userEvent.setup();
    renderWithProviders(<SearchPage />, '/cari');
    await user.type(screen.getByLabelText('Kata yang dicari'), 'dinas{Enter}');
    expect(await screen.findByText('Pencarian tidak dapat dijalankan.')).toBeInTheDocument();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByRole('heading', { name: 'Notula (1)' })).toBeInTheDocument();
  });

  it('loads older results below the ones shown, from where main stopped, with the kinds of the answer', async () => {
    const [minutes, decisions] = RESULTS.groups;
    const first: SearchResults = {
      ...RESULTS,
      groups: [minutes!],
      total: 1,
      truncated: true,
      next: { hi: 900, master: 0 },
    };
    const older: SearchResults = { ...RESULTS, groups: [minutes!, decisions!], total: 2, truncated: false, next: null };
    const api = fakeApi({
      'search:query': (input) => ({ ok: true, value: (input as SearchQuery).after ? older : first }),
    });
    setApi(api);
    useAppStore.setState({ searchQuery: 'dinas', searchKinds: ['minute', 'decision'] });
    const user = userEvent.setup();
    renderWithProviders(<SearchPage />, '/cari');
    expect(await screen.findByText(/hasil terbaru untuk “dinas”/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /Keputusan/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Muat lebih banyak' }));
    // The decision arrives below; the minute shown on both pages is listed once.
    expect(await screen.findByRole('heading', { name: 'Keputusan (1)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Notula (1)' })).toBeInTheDocument();
    expect(api.calls.at(-1)?.input).toMatchObject({
      query: 'dinas',
      kinds: ['minute', 'decision'],
      after: { hi: 900, master: 0 },
    });
    expect(screen.queryByRole('button', { name: 'Muat lebih banyak' })).toBeNull();
  });

  it('narrows to the chosen kinds', async () => {
    const api = fakeApi({ 'search:query': () => ({ ok: true, value: RESULTS }) });
    setApi(api);
    useAppStore.setState({ searchQuery: 'dinas' });
    const user = userEvent.setup();
    renderWithProviders(<SearchPage />, '/cari');
    await user.click(screen.getByRole('checkbox', { name: 'Keputusan' }));
    await waitFor(() => expect((api.calls.at(-1)?.input as SearchQuery).kinds).toEqual(['decision']));
  });
});

describe('Ctrl+F opens Cari', () => {
  function Shell() {
    useSearchShortcut();
    return (
      <>
        <div contentEditable suppressContentEditableWarning data-testid="editor" className="ProseMirror">
          notula
        </div>
        <Routes>
          <Route path="/cari" element={<SearchPage />} />
          <Route path="*" element={<Where />} />
        </Routes>
      </>
    );
  }

  it('from any screen, but not from inside the minutes editor', async () => {
    setApi(fakeApi({}));
    renderWithProviders(<Shell />, '/rapat');
    const editor = screen.getByTestId('editor');
    const ignored = fireEvent.keyDown(editor, { key: 'f', code: 'KeyF', ctrlKey: true });
    expect(ignored).toBe(true);
    expect(screen.getByTestId('where')).toHaveTextContent('/rapat');

    const handled = fireEvent.keyDown(document.body, { key: 'f', code: 'KeyF', ctrlKey: true });
    expect(handled).toBe(false);
    await act(async () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
    expect(screen.getByLabelText('Kata yang dicari')).toHaveFocus();
  });
});
