// Types and channel names only: the preload bundles this file, so the spec is imported as a
// type (erased). The channels themselves are specified in seriesSchemas.ts.
import type { ContractOf } from './channelSpec';
import { channelSet } from './channelSet';
import type { seriesSpec } from './seriesSchemas';

export type SeriesContract = ContractOf<typeof seriesSpec>;

export const SERIES_CHANNELS = channelSet<SeriesContract>()({
  series: ['list', 'create', 'update', 'next-meeting'],
});
