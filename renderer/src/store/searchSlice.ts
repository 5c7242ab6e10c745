import type { StateCreator } from 'zustand';
import { appendPage, type SearchCursor, type SearchKind, type SearchResults } from '../../../shared/domain/search';
import { call } from '../lib/api';
import type { AppState } from './index';
import type { LoadState } from './loadState';
import { loadInto } from './storeActions';

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

export const createSearchSlice: StateCreator<AppState, [], [], SearchSlice> = (set, get) => {
  const setSearchLoad = (searchLoad: LoadState) => set({ searchLoad });
  // Only the latest request may land: a slower answer to what she typed before falls away.
  const search = (
    input: { query: string; kinds: ReadonlyArray<SearchKind>; after?: SearchCursor },
    shown: SearchResults | null,
  ) => {
    const request = ++latestRequest;
    const { query, kinds, after } = input;
    return loadInto(
      setSearchLoad,
      call('search:query', { query, ...withKinds(kinds), ...(after === undefined ? {} : { after }) }),
      (page) => set({ searchResults: { ...(shown ? appendPage(shown, page) : page), query, kinds } }),
      () => request === latestRequest,
    );
  };
  return {
    searchQuery: '',
    searchKinds: [],
    searchResults: null,
    searchLoad: { status: 'idle' },
    setSearchQuery: (query) => set({ searchQuery: query }),
    setSearchKinds: (kinds) => set({ searchKinds: kinds }),
    runSearch: async () => {
      const { searchQuery: query, searchKinds: kinds } = get();
      if (query.trim() === '') {
        ++latestRequest;
        set({ searchResults: null, searchLoad: { status: 'idle' } });
        return;
      }
      await search({ query, kinds }, null);
    },
    loadMoreSearch: async () => {
      const shown = get().searchResults;
      if (shown === null || shown.next === null) return;
      await search({ query: shown.query, kinds: shown.kinds, after: shown.next }, shown);
    },
  };
};
