// Types and channel names only: the preload bundles this file, so no zod here.
import type { SearchQuery, SearchResults } from '../domain/search';

export type SearchContract = {
  /** Full-text search over minutes, decisions, commitments, progress, meetings, officials and OPD. */
  'search:query': { input: SearchQuery; output: SearchResults };
};

export const SEARCH_CHANNELS = { 'search:query': true } as const satisfies Record<keyof SearchContract, true>;
