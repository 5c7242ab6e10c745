// Types and channel names only: the preload bundles this file, so the spec is imported as a
// type (erased). The channels themselves are specified in followUpSchemas.ts.
import type { ContractOf } from './channelSpec';
import type { followUpSpec } from './followUpSchemas';

export type FollowUpContract = ContractOf<typeof followUpSpec>;

/** Inputs, derived from their schemas (written once, in followUpSchemas.ts). */
export type NewProgressUpdate = FollowUpContract['followup:add-update']['input'];
export type RequestExportInput = FollowUpContract['followup:request-export']['input'];
export type ImportInput = FollowUpContract['followup:import-preview']['input'];
export type ReportExportInput = FollowUpContract['followup:report-export']['input'];

export const FOLLOW_UP_CHANNELS = {
  'followup:dashboard': true,
  'followup:list': true,
  'followup:filter-options': true,
  'followup:get': true,
  'followup:add-update': true,
  'followup:evidence-download': true,
  'followup:carryover': true,
  'followup:request-export': true,
  'followup:import-preview': true,
  'followup:import-apply': true,
  'followup:report-export': true,
  'followup:reminders': true,
  'followup:reminders-seen': true,
  'followup:get-reminder-settings': true,
  'followup:update-reminder-settings': true,
} as const satisfies Record<keyof FollowUpContract, true>;
