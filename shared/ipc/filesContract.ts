// Types and channel names only: the preload bundles this file, so the spec is imported as a
// type (erased). The channels themselves are specified in filesSchemas.ts.
import type { ContractOf } from './channelSpec';
import { channelSet } from './channelSet';
import type { filesSpec } from './filesSchemas';

export type FilesContract = ContractOf<typeof filesSpec>;

export const FILES_CHANNELS = channelSet<FilesContract>()({
  files: ['upload', 'pick', 'discard'],
});
