// Types and channel names only: the preload bundles this file, so zod and the specs are
// imported as types (erased). The channels themselves are specified in userSchemas.ts.
import type { ContractOf } from './channelSpec';
import { channelSet } from './channelSet';
import type { userSpec } from './userSchemas';

export type UserContract = ContractOf<typeof userSpec>;

export const USER_CHANNELS = channelSet<UserContract>()({
  user: ['get', 'set-name'],
});
