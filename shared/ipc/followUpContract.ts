// Types and channel names only: the preload bundles this file, so the spec is imported as a
// type (erased). The channels themselves are specified in followUpSchemas.ts.
import type { ContractOf } from './channelSpec';
import { channelSet } from './channelSet';
import type { followUpSpec } from './followUpSchemas';

export type FollowUpContract = ContractOf<typeof followUpSpec>;

/** Inputs, derived from their schemas (written once, in followUpSchemas.ts). */
export type NewProgressUpdate = FollowUpContract['followup:add-update']['input'];
export type RequestExportInput = FollowUpContract['followup:request-export']['input'];
export type ImportInput = FollowUpContract['followup:import-preview']['input'];
export type ReportExportInput = FollowUpContract['followup:report-export']['input'];

export const FOLLOW_UP_CHANNELS = channelSet<FollowUpContract>()({
  followup: [
    'dashboard',
    'list',
    'filter-options',
    'get',
    'add-update',
    'evidence-download',
    'carryover',
    'request-export',
    'import-preview',
    'import-apply',
    'report-export',
    'reminders',
    'reminders-seen',
    'get-reminder-settings',
    'update-reminder-settings',
  ],
});
