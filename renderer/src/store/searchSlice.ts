import type { StateCreator } from 'zustand';
import type { SearchKind, SearchResults } from '../../../shared/domain/search';
import { call } from '../lib/api';
import type { AppState } from './index';
import type { LoadState } from './loadState';

export type SearchSlice = {
  /** Kept while she opens a result and comes back. */
  searchQuery: string;
  searchKinds: ReadonlyArray<SearchKind>;
  /** The last answer and the query it answers (the box may already say something else). */
  searchResults: (SearchResults & { query: string }) | null;
  searchLoad: LoadState;
  setSearchQuery: (query: string) => void;
  setSearchKinds: (kinds: ReadonlyArray<SearchKind>) => void;
  runSearch: () => Promise<void>;
};

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
    const result = await call('search:query', { query, ...(kinds.length > 0 ? { kinds } : {}) });
    if (request !== latestRequest) return;
    if (result.ok) set({ searchResults: { ...result.value, query }, searchLoad: { status: 'ready' } });
    else set({ searchLoad: { status: 'error', message: result.error.message } });
  },
});
