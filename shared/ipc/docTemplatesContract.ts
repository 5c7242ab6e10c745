// Types and channel names only: the preload bundles this file, so the spec is imported as a
// type (erased). The channels themselves are specified in docTemplatesSchemas.ts.
import type { ContractOf } from './channelSpec';
import type { docTemplatesSpec } from './docTemplatesSchemas';

export type DocTemplatesContract = ContractOf<typeof docTemplatesSpec>;

export const DOC_TEMPLATES_CHANNELS = {
  'doc-templates:list': true,
  'doc-templates:upload': true,
  'doc-templates:set-mapping': true,
  'doc-templates:set-active': true,
  'doc-templates:remove': true,
  'doc-templates:download': true,
  'doc-templates:download-sample': true,
} as const satisfies Record<keyof DocTemplatesContract, true>;
