// Types and channel names only: the preload bundles this file, so the spec is imported as a
// type (erased). The channels themselves are specified in approvalSchemas.ts.
import type { ContractOf } from './channelSpec';
import type { approvalSpec } from './approvalSchemas';

export type ApprovalContract = ContractOf<typeof approvalSpec>;

/** The chair's decision as the secretary records it: who, on which day and at what time (meeting's zone). */
export type ChairDecision = ApprovalContract['approval:approve']['input'];

export const APPROVAL_CHANNELS = {
  'approval:state': true,
  'approval:submit': true,
  'approval:return': true,
  'approval:approve': true,
  'approval:create-revision': true,
  'approval:versions': true,
  'approval:history': true,
  'approval:verify-code': true,
  'approval:verify-file': true,
} as const satisfies Record<keyof ApprovalContract, true>;
