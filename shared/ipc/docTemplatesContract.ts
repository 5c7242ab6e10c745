// Types and channel names only: the preload bundles this file, so the spec is imported as a
// type (erased). The channels themselves are specified in docTemplatesSchemas.ts.
import type { ContractOf } from './channelSpec';
import type { docTemplatesSpec } from './docTemplatesSchemas';

export type DocTemplatesContract = ContractOf<typeof docTemplatesSpec>;

export const DOC_TEMPLATES_CHANNELS = {
  'doctemplates:list': true,
  'doctemplates:upload': true,
  'doctemplates:set-mapping': true,
  'doctemplates:set-active': true,
  'doctemplates:remove': true,
  'doctemplates:download': true,
  'doctemplates:download-sample': true,
} as const satisfies Record<keyof DocTemplatesContract, true>;
