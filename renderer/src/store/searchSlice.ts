import type { StateCreator } from 'zustand';
import { appendPage, type SearchKind, type SearchResults } from '../../../shared/domain/search';
import { call } from '../lib/api';
import type { AppState } from './index';
import type { LoadState } from './loadState';

export type SearchSlice = {
  /** Kept while she opens a result and comes back. */
  searchQuery: string;
  searchKinds: ReadonlyArray<SearchKind>;
  /** The last answer and the query and kinds it answers (the box may already say something else). */
  searchResults: (SearchResults & { query: string; kinds: ReadonlyArray<SearchKind> }) | null;
  searchLoad: LoadState;
  setSearchQuery: (query: string) => void;
  setSearchKinds: (kinds: ReadonlyArray<SearchKind>) => void;
  runSearch: () => Promise<void>;
  /** The next page of the answer shown, appended ("Muat lebih banyak"); main resumes where it stopped. */
  loadMoreSearch: () => Promise<void>;
};

const withKinds = (kinds: ReadonlyArray<SearchKind>) => (kinds.length > 0 ? { kinds } : {});

// Answers can come back out of order while she types; only the latest request may land.
let latestRequest = 0;

export const createSearchSlice: StateCreator<AppState, [], [], SearchSlice> = (set, get) => ({
  searchQuery: '',
  searchKinds: [],
  searchResults: null,
  searchLoad: { status: 'idle' },
  setSearchQuery: (query) => set({ searchQuery: query }),
  setSearchKinds: (kinds) => set({ searchKinds: kinds }),
  runSearch: async () => {
    const { searchQuery: query, searchKinds: kinds } = get();
    const request = ++latestRequest;
    if (query.trim() === '') {
      set({ searchResults: null, searchLoad: { status: 'idle' } });
      return;
    }
    set({ searchLoad: { status: 'loading' } });
    const result = await call('search:query', { query, ...withKinds(kinds) });
    if (request !== latestRequest) return;
    if (result.ok) set({ searchResults: { ...result.value, query, kinds }, searchLoad: { status: 'ready' } });
    else set({ searchLoad: { status: 'error', message: result.error.message } });
  },
  loadMoreSearch: async () => {
    const shown = get().searchResults;
    if (shown === null || shown.next === null) return;
    const request = ++latestRequest;
    set({ searchLoad: { status: 'loading' } });
    const { query, kinds } = shown;
    const result = await call('search:query', { query, ...withKinds(kinds), after: shown.next });
    if (request !== latestRequest) return;
    if (result.ok)
      set({ searchResults: { ...appendPage(shown, result.value), query, kinds }, searchLoad: { status: 'ready' } });
    else set({ searchLoad: { status: 'error', message: result.error.message } });
  },
});
