// Types and channel names only: the preload bundles this file, so zod and the specs are
// imported as types (erased). The channels themselves are specified in letterSchemas.ts.
import type { ContractOf } from './channelSpec';
import { channelSet } from './channelSet';
import type { letterSpec } from './letterSchemas';

export type LetterContract = ContractOf<typeof letterSpec>;

export type UpdateInvitationLetter = LetterContract['letter:update']['input'];

export const LETTER_CHANNELS = channelSet<LetterContract>()({
  letter: ['get', 'update'],
});
