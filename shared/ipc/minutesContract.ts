// Types and channel names only: the preload bundles this file, so the spec is imported as a
// type (erased). The channels themselves are specified in minutesSchemas.ts.
import type { ContractOf } from './channelSpec';
import { channelSet } from './channelSet';
import type { minutesSpec } from './minutesSchemas';

export type MinutesContract = ContractOf<typeof minutesSpec>;

export const MINUTES_CHANNELS = channelSet<MinutesContract>()({
  minutes: ['get', 'save-section'],
});
