// Types and channel names only: the preload bundles this file, so zod and the specs are
// imported as types (erased). The channel itself is specified in searchSchemas.ts.
import type { ContractOf } from './channelSpec';
import { channelSet } from './channelSet';
import type { searchSpec } from './searchSchemas';

export type SearchContract = ContractOf<typeof searchSpec>;

/** The input, derived from its schema (written once, in searchSchemas.ts). */
export type SearchQuery = SearchContract['search:query']['input'];

export const SEARCH_CHANNELS = channelSet<SearchContract>()({
  search: ['query'],
});
