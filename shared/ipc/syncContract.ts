// Types and channel names only: the preload bundles this file, so zod and the specs are
// imported as types (erased). The channels themselves are specified in syncSchemas.ts.
import type { ContractOf } from './channelSpec';
import type { syncSpec } from './syncSchemas';

export type SyncContract = ContractOf<typeof syncSpec>;

export const SYNC_CHANNELS = {
  'sync:status': true,
  'sync:configure': true,
  'sync:now': true,
  'sync:disconnect': true,
} as const satisfies Record<keyof SyncContract, true>;
