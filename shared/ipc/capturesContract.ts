// Types and channel names only: the preload bundles this file, so the spec is imported as a
// type (erased). The channels themselves are specified in capturesSchemas.ts.
import type { ContractOf } from './channelSpec';
import { channelSet } from './channelSet';
import type { capturesSpec } from './capturesSchemas';

/** Decisions and commitments captured during a meeting (the Berlangsung side list). */
export type CapturesContract = ContractOf<typeof capturesSpec>;

export const CAPTURES_CHANNELS = channelSet<CapturesContract>()({
  decisions: ['list', 'create', 'update', 'delete', 'restore'],
  commitments: ['list', 'create', 'update', 'delete', 'restore'],
});
