// Types and channel names only: the preload bundles this file, so the spec is imported as a
// type (erased). The channels themselves are specified in docTemplatesSchemas.ts.
import type { ContractOf } from './channelSpec';
import { channelSet } from './channelSet';
import type { docTemplatesSpec } from './docTemplatesSchemas';

export type DocTemplatesContract = ContractOf<typeof docTemplatesSpec>;

export const DOC_TEMPLATES_CHANNELS = channelSet<DocTemplatesContract>()({
  doctemplates: ['list', 'upload', 'set-mapping', 'set-active', 'remove', 'download', 'download-sample'],
});
