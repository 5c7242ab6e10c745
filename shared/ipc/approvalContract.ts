// Types and channel names only: the preload bundles this file, so the spec is imported as a
// type (erased). The channels themselves are specified in approvalSchemas.ts.
import type { ContractOf } from './channelSpec';
import { channelSet } from './channelSet';
import type { approvalSpec } from './approvalSchemas';

export type ApprovalContract = ContractOf<typeof approvalSpec>;

/** The chair's decision as the secretary records it: who, on which day and at what time (meeting's zone). */
export type ChairDecision = ApprovalContract['approval:approve']['input'];

export const APPROVAL_CHANNELS = channelSet<ApprovalContract>()({
  approval: [
    'state',
    'submit',
    'return',
    'approve',
    'create-revision',
    'versions',
    'history',
    'verify-code',
    'verify-file',
  ],
});
