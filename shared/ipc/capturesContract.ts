// Types and channel names only: the preload bundles this file, so the spec is imported as a
// type (erased). The channels themselves are specified in capturesSchemas.ts.
import type { ContractOf } from './channelSpec';
import type { capturesSpec } from './capturesSchemas';

/** Decisions and commitments captured during a meeting (the Berlangsung side list). */
export type CapturesContract = ContractOf<typeof capturesSpec>;

export const CAPTURES_CHANNELS = {
  'decisions:list': true,
  'decisions:create': true,
  'decisions:update': true,
  'decisions:delete': true,
  'decisions:restore': true,
  'commitments:list': true,
  'commitments:create': true,
  'commitments:update': true,
  'commitments:delete': true,
  'commitments:restore': true,
} as const satisfies Record<keyof CapturesContract, true>;
